using System.Text;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using Portal.Core.Identity.Vpm;
using Portal.Demo.Vpm;

namespace Portal.DevHost.Vpm;

/// <summary>
/// Latvija.lv's unified login stood in for by the dev host, answered only with <c>Vpm:DevelopmentStandIn</c> (which start-up
/// refuses outside Development): the sign-in page offers the test people (<see cref="VpmTestPeople"/>); choosing one answers a page
/// whose form posts <c>wa</c>, <c>wresult</c> and <c>wctx</c> to <c>wreply</c>, sent by a script file with a button beside it. The
/// answers are signed with a key made at start (<see cref="VpmStandInIssuer"/>), which <c>Vpm:SigningCertificate</c> is set to.
/// </summary>
public static class VpmStandIn
{
    public const string SignInPath = "/dev-vpm/sign-in";
    public const string ScriptPath = "/dev-vpm/auto-post.js";
    public const string PeoplePath = "/dev-vpm/people.txt";

    private const string AutoPost = "document.getElementById('vpm-answer').submit();\n";

    public static IServiceCollection AddVpmStandIn(this IServiceCollection services)
    {
        // Made when first asked for: only a portal with the stand-in on makes a key.
        services.AddSingleton<VpmStandInIssuer>();
        services.AddSingleton<IPostConfigureOptions<VpmOptions>, StandInCertificate>();
        return services;
    }

    public static void MapVpmStandIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SignInPath, SignIn);
        endpoints.MapGet(ScriptPath, (HttpContext http, IOptions<VpmOptions> options) =>
            On(options) ? Results.Text(AutoPost, "text/javascript; charset=utf-8") : Results.NotFound());
        endpoints.MapGet(PeoplePath, (IOptions<VpmOptions> options) => On(options) ? Results.Text(People(), "text/plain; charset=utf-8") : Results.NotFound());
    }

    /// <summary>The test people, one a line, for <c>./dev up</c> to print.</summary>
    public static string People() => string.Concat(VpmTestPeople.All.Select(p =>
        $"{p.Key,-14} {p.GivenName} {p.Surname}, {p.NameIdentifier}{(p.PreviousCodes.Count > 0 ? $" (earlier {string.Join(", ", p.PreviousCodes)})" : "")}: {p.English}\n"));

    private static bool On(IOptions<VpmOptions> options) => options.Value.DevelopmentStandIn;

    private static IResult SignIn(HttpContext http, IOptions<VpmOptions> options, VpmStandInIssuer issuer, TimeProvider time)
    {
        var settings = options.Value;
        if (!settings.DevelopmentStandIn)
        {
            return Results.NotFound();
        }

        var query = http.Request.Query;
        string? Field(string name) => query.TryGetValue(name, out var value) && value.Count == 1 ? value[0] : null;
        var (wa, realm, reply, context) = (Field("wa"), Field("wtrealm"), Field("wreply"), Field("wctx"));
        var problem = wa != VpmXml.WsSignIn ? ("wa nav wsignin1.0", "wa is not wsignin1.0")
            : realm != settings.Realm ? ("wtrealm nav šī portāla reģistrētā joma", "wtrealm is not this portal's registered realm")
            : reply != settings.ReplyUrl ? ("wreply nav šī portāla reģistrētā atbildes adrese", "wreply is not this portal's registered reply address")
            : string.IsNullOrEmpty(context) ? ("nav wctx", "wctx is missing")
            : default((string, string)?);
        if (problem is var (latvian, english))
        {
            return Page(http, StatusCodes.Status400BadRequest, "Pieprasījums noraidīts", "Request refused", $"<p>{E(latvian)}. <span lang=\"en\">{E(english)}.</span></p>", null);
        }

        if (Field("person") is not { } key)
        {
            return Page(http, StatusCodes.Status200OK, "Latvija.lv - izstrādes aizstājējs", "development stand-in", Choice(realm!, reply!, context!, Field("wct")), null);
        }

        if (VpmTestPeople.Find(key) is not { } person)
        {
            return Page(http, StatusCodes.Status400BadRequest, "Nezināma testa persona", "Unknown test person", $"<p>{E(key)}</p>", null);
        }

        var wresult = issuer.Answer(VpmStandInIssuer.Describe(person, settings.Realm!, time.GetUtcNow(), context));
        var form = new StringBuilder()
            .Append($"<form id=\"vpm-answer\" method=\"post\" action=\"{E(reply!)}\">")
            .Append($"<input type=\"hidden\" name=\"wa\" value=\"{VpmXml.WsSignIn}\">")
            .Append($"<input type=\"hidden\" name=\"wresult\" value=\"{E(wresult)}\">")
            .Append($"<input type=\"hidden\" name=\"wctx\" value=\"{E(context!)}\">")
            .Append($"<p>Pierakstījies kā {E(person.GivenName)} {E(person.Surname)}. <span lang=\"en\">Signed in as {E(person.GivenName)} {E(person.Surname)}.</span></p>")
            .Append("<button type=\"submit\">Turpināt <span lang=\"en\">/ Continue</span></button>")
            .Append("</form>");
        return Page(http, StatusCodes.Status200OK, "Atgriešanās portālā", "Returning to the portal", form.ToString(), reply);
    }

    private static string Choice(string realm, string reply, string context, string? clientTime)
    {
        var html = new StringBuilder()
            .Append("<p>Šī lapa aizstāj Latvija.lv vienoto pieteikšanos tikai izstrādē un testos. Izvēlieties testa personu. ")
            .Append("<span lang=\"en\">This page stands in for Latvija.lv's unified login, in development and tests only. Choose a test person.</span></p>")
            .Append($"<form method=\"get\" action=\"{SignInPath}\">")
            .Append($"<input type=\"hidden\" name=\"wa\" value=\"{VpmXml.WsSignIn}\">")
            .Append($"<input type=\"hidden\" name=\"wtrealm\" value=\"{E(realm)}\">")
            .Append($"<input type=\"hidden\" name=\"wreply\" value=\"{E(reply)}\">")
            .Append($"<input type=\"hidden\" name=\"wctx\" value=\"{E(context)}\">");
        if (clientTime is not null)
        {
            html.Append($"<input type=\"hidden\" name=\"wct\" value=\"{E(clientTime)}\">");
        }

        html.Append("<ul>");
        foreach (var person in VpmTestPeople.All)
        {
            html.Append($"<li><button type=\"submit\" name=\"person\" value=\"{E(person.Key)}\">{E(person.GivenName)} {E(person.Surname)}: {E(person.Latvian)} ")
                .Append($"<span lang=\"en\">({E(person.English)})</span></button></li>");
        }

        return html.Append("</ul></form>").ToString();
    }

    /// <summary>
    /// A page of the stand-in with its own policy: its script file only, and forms only to itself and, for the answer, to the
    /// reply address (another origin when the stand-in is reached as localhost and the portal as 127.0.0.1).
    /// </summary>
    private static IResult Page(HttpContext http, int status, string latvian, string english, string body, string? postsTo)
    {
        var formTargets = postsTo is not null && Uri.TryCreate(postsTo, UriKind.Absolute, out var target) ? $"'self' {target.GetLeftPart(UriPartial.Authority)}" : "'self'";
        http.Response.Headers.ContentSecurityPolicy = $"default-src 'none'; script-src 'self'; form-action {formTargets}; base-uri 'none'; frame-ancestors 'none'";
        http.Response.Headers.CacheControl = "no-store";
        var script = postsTo is null ? "" : $"<script src=\"{ScriptPath}\"></script>";
        var html = $"<!doctype html><html lang=\"lv\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
            $"<title>{E(latvian)} / {E(english)}</title></head><body><main><h1>{E(latvian)} <span lang=\"en\">/ {E(english)}</span></h1>{body}</main>{script}</body></html>";
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    private static string E(string text) => HtmlEncoder.Default.Encode(text);

    /// <summary>With the stand-in on, the pinned certificate is the stand-in's own, whatever the configuration says.</summary>
    private sealed class StandInCertificate(IServiceProvider services) : IPostConfigureOptions<VpmOptions>
    {
        public void PostConfigure(string? name, VpmOptions options)
        {
            if (options.DevelopmentStandIn)
            {
                options.SigningCertificate = services.GetRequiredService<VpmStandInIssuer>().CertificateBase64;
            }
        }
    }
}
