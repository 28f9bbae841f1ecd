using System.Net.Http.Json;
using System.Text.Json;

namespace Portal.Testing;

/// <summary>The staff searches (users, clients): the query goes in a POST body, never in the URL.</summary>
public static class StaffSearch
{
    public static Task<HttpResponseMessage> StaffSearchResponseAsync(this HttpClient staff, string kind, string query) =>
        staff.PostAsJsonAsync($"/api/staff/{kind}/search", new { query });

    public static async Task<JsonElement> StaffSearchAsync(this HttpClient staff, string kind, string query)
    {
        var response = await staff.StaffSearchResponseAsync(kind, query);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
