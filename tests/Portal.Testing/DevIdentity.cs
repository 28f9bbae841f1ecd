using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Portal.Testing;

/// <summary>The development OpenID provider (scripts/dev-identity.mjs) standing in for Entra ID in a test run.</summary>
public sealed partial class DevIdentity : IAsyncDisposable
{
    public const string PortalClientId = "radioatlaujas-portal";
    public const string Operator = "operator@staff.radioatlaujas.lv";
    public const string Admin = "admin@staff.radioatlaujas.lv";

    /// <summary>A staff person the provider knows but who has no staff role.</summary>
    public const string NoRole = "reader@staff.radioatlaujas.lv";

    private readonly NodeService _node;

    private DevIdentity(NodeService node, Uri authority, string clientSecret, string staffPassword)
    {
        _node = node;
        Authority = authority;
        ClientSecret = clientSecret;
        StaffPassword = staffPassword;
    }

    public Uri Authority { get; }

    public string ClientSecret { get; }

    public string StaffPassword { get; }

    /// <param name="clientSecret">The scripts' client secret; made afresh when not given.</param>
    public static async Task<DevIdentity> StartNewAsync(string? clientSecret = null)
    {
        var port = FreePort.Next();
        var secret = clientSecret ?? Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var password = "Staff-" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
        var node = await NodeService.StartAsync(
            "dev-identity",
            Path.Combine(RepoPaths.Root, "scripts", "dev-identity.mjs"),
            [$"--port={port}", $"--client-secret={secret}", $"--staff-password={password}"],
            port);
        return new DevIdentity(node, new Uri($"http://127.0.0.1:{port}"), secret, password);
    }

    /// <summary>The portal settings that point its token validation and staff sign-in here.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["AzureAd:Instance"] = $"{Authority}",
        ["AzureAd:TenantId"] = "development",
        ["AzureAd:ClientId"] = PortalClientId,
        ["StaffIdentity:DevelopmentAuthority"] = $"{Authority}",
        ["StaffIdentity:BackOfficeClientId"] = "backoffice",
        ["StaffIdentity:ClientSecret"] = ClientSecret,
    };

    /// <summary>A client-credentials access token for one of the provider's scripts (staff-operator-script, staff-admin-script, backoffice, no-role-script).</summary>
    public async Task<string> TokenAsync(string clientId)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(Authority, "/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = ClientSecret,
        }));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("access_token").GetString()!;
    }

    /// <summary>
    /// Goes through the staff browser sign-in the way a browser would: the portal's redirect, the
    /// provider's sign-in form, and back to the portal's callback with the code. Returns the
    /// callback's answer (a redirect into the staff UI, with the session cookie, on success).
    /// </summary>
    public async Task<HttpResponseMessage> SignInAsync(HttpClient portal, string email, string? password = null)
    {
        using var begin = await portal.GetAsync(new Uri("/api/staff/auth/sign-in?returnTo=/staff/registrations", UriKind.Relative));
        if (begin.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The portal answered {(int)begin.StatusCode} to the staff sign-in.");
        }

        using var provider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
        var location = begin.Headers.Location!;
        for (var step = 0; step < 10; step++)
        {
            if (location.IsAbsoluteUri && location.Authority != Authority.Authority)
            {
                // Back at the portal: the callback, on the portal's own client (its cookies).
                return await portal.GetAsync(new Uri(location.PathAndQuery, UriKind.Relative));
            }

            var url = new Uri(Authority, location);
            using var response = await provider.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.OK && url.AbsolutePath.StartsWith("/interaction/", StringComparison.Ordinal))
            {
                var form = await response.Content.ReadAsStringAsync();
                var action = FormAction().Match(form).Groups[1].Value;
                using var submitted = await provider.PostAsync(new Uri(Authority, action), new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["email"] = email,
                    ["password"] = password ?? StaffPassword,
                }));
                if (submitted.Headers.Location is null)
                {
                    throw new InvalidOperationException($"The provider did not accept the sign-in of {email}: {await submitted.Content.ReadAsStringAsync()}");
                }

                location = submitted.Headers.Location;
                continue;
            }

            location = response.Headers.Location ?? throw new InvalidOperationException($"The provider answered {(int)response.StatusCode} at {url}: {await response.Content.ReadAsStringAsync()}");
        }

        throw new InvalidOperationException("The staff sign-in did not come back to the portal.");
    }

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\"")]
    private static partial Regex FormAction();
}
