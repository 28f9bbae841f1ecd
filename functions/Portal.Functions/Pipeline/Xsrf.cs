using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Portal.Functions.Pipeline;

/// <summary>
/// Double-submit protection against cross-site requests: a readable cookie the page's script echoes in
/// a header on every state change. Another site can make the browser send the cookie, never the header.
/// </summary>
public static class Xsrf
{
    /// <summary>__Host-: only this origin, over https, for the whole site, so no sibling domain can plant one.</summary>
    public const string CookieName = "__Host-XSRF-TOKEN";
    public const string HeaderName = "X-XSRF-TOKEN";

    /// <summary>Gives the browser a token if it has none.</summary>
    public static void EnsureCookie(HttpContext http)
    {
        if (!string.IsNullOrEmpty(http.Request.Cookies[CookieName]))
        {
            return;
        }

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        http.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            HttpOnly = false,
            Secure = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            IsEssential = true,
        });
    }

    /// <summary>
    /// Whether the request may change state: safe methods always may; a bearer-token call may where the
    /// function authenticates by that token alone (<paramref name="bearerAuthenticates"/>: the staff
    /// routes, whose gate then ignores every cookie). Elsewhere an Authorization header proves nothing.
    /// </summary>
    public static bool Allows(HttpRequest request, bool bearerAuthenticates)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return true;
        }

        if (bearerAuthenticates && request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var cookie = request.Cookies[CookieName];
        var header = request.Headers[HeaderName].ToString();
        return !string.IsNullOrEmpty(cookie)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(cookie), Encoding.UTF8.GetBytes(header));
    }
}
