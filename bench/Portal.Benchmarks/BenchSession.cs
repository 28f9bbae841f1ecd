using System.Net.Http.Json;

namespace Portal.Benchmarks;

/// <summary>
/// A signed-in user over the Kestrel the run started. Plain http keeps no Secure cookie in a cookie container, so the session's
/// cookies are sent by hand, with one anti-forgery token for the whole run as cookie and header.
/// </summary>
internal static class BenchSession
{
    public static async Task<HttpClient> SignInAsync(Uri baseUrl, string email, string password)
    {
        var http = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Add("X-XSRF-TOKEN", "bench");
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sign-in") { Content = JsonContent.Create(new { email, password }) };
        signIn.Headers.Add("Cookie", "__Host-XSRF-TOKEN=bench");
        using var signedIn = await http.SendAsync(signIn);
        signedIn.EnsureSuccessStatusCode();
        var cookies = string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Where(c => !c.StartsWith("__Host-XSRF-TOKEN=", StringComparison.Ordinal)).Append("__Host-XSRF-TOKEN=bench"));
        http.DefaultRequestHeaders.Add("Cookie", cookies);
        return http;
    }
}
