using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Notifications;

namespace Portal.Testing;

/// <summary>A natural person brought through the accounts flow over HTTP: application, staff approval, activation from the emailed link.</summary>
public static class ApprovedPerson
{
    /// <summary>Applies, has staff approve (with these scopes, if any) and activates with the password; the caller signs in.</summary>
    public static async Task ActivateAsync(
        HttpClient anonymous, HttpClient staff, IServiceProvider services, MailCatcher mail, string email, string personalCode, string password, IReadOnlyList<string>? scopes = null)
    {
        (await anonymous.PostAsJsonAsync("/api/registrations", new
        {
            personKind = "natural", firstName = "Jānis", lastName = "Bērziņš", personalCode, address = "Brīvības iela 1, Rīga",
            email, phone = "+371 20000000", language = "lv", acceptedTermsVersion = 4,
        })).EnsureSuccessStatusCode();
        var id = await PendingIdAsync(staff, email);
        (await staff.PostAsJsonAsync($"/api/staff/registrations/{id}/approve", new { scopes })).EnsureSuccessStatusCode();
        await services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        var activation = (await mail.MessagesToAsync(email)).Single(m => m.Text.Contains("/activate?", StringComparison.Ordinal)).Token("/activate");
        (await anonymous.PostAsJsonAsync("/api/auth/activate", new { token = activation, password })).EnsureSuccessStatusCode();
    }

    /// <summary>The id of the pending application of this email, read page by page as staff see them.</summary>
    public static async Task<string> PendingIdAsync(HttpClient staff, string email)
    {
        string? token = null;
        do
        {
            var page = await staff.GetFromJsonAsync<JsonElement>($"/api/staff/registrations?status=pending{(token is null ? "" : $"&continuationToken={Uri.EscapeDataString(token)}")}");
            if (page.GetProperty("items").EnumerateArray().FirstOrDefault(i => i.GetProperty("email").GetString() == email) is { ValueKind: JsonValueKind.Object } found)
            {
                return found.GetProperty("id").GetString()!;
            }

            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);
        throw new InvalidOperationException($"No pending application for {email}.");
    }
}
