using System.Net.Http.Json;
using Portal.Core.Accounts;
using Portal.Testing;

namespace Portal.SecurityTests;

/// <summary>Active accounts made straight in the store, and their signed-in clients, for the attacks to aim at.</summary>
internal static class Users
{
    public const string Password = "Zvaigzne42";

    /// <summary>A new active account's email.</summary>
    public static async Task<string> NewAccountAsync(this IsolatedPortal portal, string prefix)
    {
        var email = $"{prefix}-{Guid.NewGuid():N}@example.lv";
        await portal.Service<AccountStore>().CreateAsync(new NewAccount(email, "Anna", "Kalniņa", "lv", Password, 4), CancellationToken.None);
        return email;
    }

    /// <summary>Signs the account in through <paramref name="client"/>, which keeps its cookies.</summary>
    public static async Task SignInAsync(this HttpClient client, string email) =>
        (await client.PostAsJsonAsync("/api/auth/sign-in", new { email, password = Password })).EnsureSuccessStatusCode();

    /// <summary>A new account, signed in on a client of its own.</summary>
    public static async Task<HttpClient> SignedInAsync(this IsolatedPortal portal, string prefix)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(await portal.NewAccountAsync(prefix));
        return client;
    }
}
