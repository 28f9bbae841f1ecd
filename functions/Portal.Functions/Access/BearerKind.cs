using System.Security.Claims;

namespace Portal.Functions.Access;

/// <summary>
/// Which kind of token a validated bearer is. Microsoft Entra ID's access tokens name the application
/// that asked for them - <c>azp</c> (v2.0) or <c>appid</c> (v1.0) - and its ID tokens never do, while an
/// ID token issued for the portal's own sign-in carries the same audience and may carry app roles.
/// </summary>
public static class BearerKind
{
    /// <summary>The calling application's client id when the token is an access token; null for anything else (an ID token).</summary>
    public static string? CallerOf(ClaimsPrincipal? principal)
    {
        if (principal is null || principal.FindFirst("nonce") is not null)
        {
            // Only an ID token answers a sign-in's nonce.
            return null;
        }

        var caller = principal.FindFirst("azp")?.Value ?? principal.FindFirst("appid")?.Value;
        return string.IsNullOrEmpty(caller) ? null : caller;
    }
}
