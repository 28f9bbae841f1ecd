using Microsoft.AspNetCore.Http;
using Portal.Core.Accounts;

namespace Portal.Functions.Accounts;

/// <summary>The session cookie: a __Host- cookie (Secure, Path=/, no Domain), HttpOnly, SameSite=Strict.</summary>
public static class SessionCookie
{
    public const string Name = "__Host-portal-session";

    public static string? Read(HttpRequest request) => request.Cookies[Name] is { Length: > 0 } token ? token : null;

    public static void Write(HttpResponse response, IssuedSession issued, AccountOptions options) =>
        response.Cookies.Append(Name, issued.Token, new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            IsEssential = true,
            // The browser may forget it after the absolute timeout; the server decides before that.
            Expires = issued.Session.CreatedAt + options.SessionAbsoluteTimeout,
        });

    public static void Clear(HttpResponse response) =>
        response.Cookies.Delete(Name, new CookieOptions { Secure = true, SameSite = SameSiteMode.Strict, Path = "/", HttpOnly = true });
}
