using Microsoft.AspNetCore.Http;

namespace Portal.Functions.Identity;

/// <summary>
/// The cookie that binds an external sign-in to the browser that began it: its state and a binding secret (storage keeps the secret's
/// hash). SameSite=Lax, because the provider's answer comes back as a cross-site POST followed by a top-level GET (the finish step),
/// which a Lax cookie reaches and a Strict one does not; HttpOnly and __Host- like the session cookie.
/// </summary>
public static class ExternalSignInCookie
{
    public const string Name = "__Host-portal-external";

    public static string? Read(HttpRequest request) => request.Cookies[Name] is { Length: > 0 } value ? value : null;

    public static void Write(HttpResponse response, string value) =>
        response.Cookies.Append(Name, value, Options(new CookieOptions { MaxAge = Core.Identity.ExternalSignIns.AnswerWindow + Core.Identity.ExternalSignIns.StepsWindow }));

    public static void Clear(HttpResponse response) => response.Cookies.Delete(Name, Options(new CookieOptions()));

    private static CookieOptions Options(CookieOptions options)
    {
        options.HttpOnly = true;
        options.Secure = true;
        options.SameSite = SameSiteMode.Lax;
        options.Path = "/";
        options.IsEssential = true;
        return options;
    }
}
