using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Functions.Pipeline;

/// <summary>
/// A page that posts a form to an outside party by itself: a bank's signed request (a payment, a sign-in), or a stand-in's answer
/// back to the portal. No inline script: the UI's static file <see cref="ScriptPath"/> submits it, and a visible button does for a
/// browser without scripts. Its policy lets the form go to its action's origin and nowhere else.
/// </summary>
public static class ProviderFormPage
{
    /// <summary>The UI's script that submits <see cref="FormId"/> (<c>static-web/public/provider-form.js</c>).</summary>
    public const string ScriptPath = "/provider-form.js";

    public const string FormId = "provider-form";

    /// <summary>The page's Content-Security-Policy: our script files only, the form to <paramref name="action"/>'s origin only.</summary>
    public static string Policy(Uri action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return $"default-src 'none'; script-src 'self'; form-action {action.GetLeftPart(UriPartial.Authority)}; base-uri 'none'; frame-ancestors 'none'";
    }

    /// <summary>The page, in Latvian with English beside it: the form with its fields hidden, in order, and its button.</summary>
    public static string Html(Uri action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(fields);
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"lv\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>Turpināt / Continue</title></head><body><main><h1>Turpināt <span lang=\"en\">/ Continue</span></h1>")
            .Append($"<form id=\"{FormId}\" method=\"post\" action=\"{E(action.AbsoluteUri)}\">");
        foreach (var (name, value) in fields)
        {
            html.Append($"<input type=\"hidden\" name=\"{E(name)}\" value=\"{E(value)}\">");
        }

        return html
            .Append("<p>Ja lapa neturpina pati, spiediet pogu. <span lang=\"en\">If the page does not go on by itself, press the button.</span></p>")
            .Append("<button type=\"submit\">Turpināt <span lang=\"en\">/ Continue</span></button></form></main>")
            .Append($"<script src=\"{ScriptPath}\"></script></body></html>")
            .ToString();
    }

    /// <summary>The page as a function's answer, with its policy, never cached.</summary>
    public static IActionResult Result(HttpResponse response, Uri action, IEnumerable<KeyValuePair<string, string>> fields) =>
        new ContentResult { Content = Prepare(response, action, fields), ContentType = "text/html; charset=utf-8", StatusCode = StatusCodes.Status200OK };

    /// <summary>Sets the page's policy on <paramref name="response"/>, never cached, and gives its HTML (for a host that answers it itself).</summary>
    public static string Prepare(HttpResponse response, Uri action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ContentSecurityPolicy = Policy(action);
        response.Headers.CacheControl = "no-store";
        return Html(action, fields);
    }

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
