using Microsoft.AspNetCore.Http;
using Portal.Core.Accounts;

namespace Portal.Functions.Accounts;

/// <summary>
/// The session cookie: a __Host- cookie (Secure, Path=/, no Domain), HttpOnly, SameSite=Strict, without
/// Expires or Max-Age, so it ends with the browser; the server's idle and absolute limits end it before.
/// </summary>
public static class SessionCookie
{
    public const string Name = "__Host-portal-session";

    public static string? Read(HttpRequest request) => request.Cookies[Name] is { Length: > 0 } token ? token : null;

    public static void Write(HttpResponse response, IssuedSession issued) =>
        response.Cookies.Append(Name, issued.Token, new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            IsEssential = true,
        });

    /// <summary>A new sign-in in this browser: the session of the cookie it still carries, if any, ends.</summary>
    public static async Task EndEarlierAsync(HttpRequest request, SessionStore sessions)
    {
        if (Read(request) is { } earlier)
        {
            await sessions.EndAsync(earlier, request.HttpContext.RequestAborted);
        }
    }

    public static void Clear(HttpResponse response) =>
        response.Cookies.Delete(Name, new CookieOptions { Secure = true, SameSite = SameSiteMode.Strict, Path = "/", HttpOnly = true });
}
