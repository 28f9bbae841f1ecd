using Microsoft.AspNetCore.Http;

namespace Portal.Functions.Pipeline;

/// <summary>The headers every API response carries, whichever host serves it.</summary>
public static class SecurityHeaders
{
    public static IReadOnlyDictionary<string, string> Api { get; } = new Dictionary<string, string>
    {
        ["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
        ["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains",
        ["X-Content-Type-Options"] = "nosniff",
        ["X-Frame-Options"] = "DENY",
        ["Referrer-Policy"] = "no-referrer",
        ["Cross-Origin-Opener-Policy"] = "same-origin",
        ["Cross-Origin-Resource-Policy"] = "same-origin",
        ["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()",
        // API answers carry personal and financial data: never cached by the browser or a proxy.
        ["Cache-Control"] = "no-store",
    };

    public static void Apply(HttpResponse response, IReadOnlyDictionary<string, string> headers)
    {
        foreach (var (name, value) in headers)
        {
            response.Headers[name] = value;
        }
    }
}
