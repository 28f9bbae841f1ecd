using System.Net;
using Portal.DevHost.Vpm;

namespace Portal.Testing;

/// <summary>
/// The dev host's Latvija.lv stand-in, driven the way a browser would: the portal's redirect to it, the choice of a test person
/// (<see cref="Portal.Demo.Vpm.VpmTestPeople"/>), and the page whose form posts the signed answer back to the portal.
/// </summary>
public static class DevVpm
{
    /// <summary>
    /// The portal settings that switch the stand-in on: <c>Vpm:StsUrl</c> its sign-in page at <paramref name="standIn"/> (the
    /// portal's own address when not given; a browser test gives <c>http://localhost:{port}/</c> for a portal at
    /// <c>http://127.0.0.1:{port}/</c>, so that the answer's POST is cross-site as VPM's is), the realm and the callback at <paramref name="portal"/>.
    /// </summary>
    public static Dictionary<string, string?> Settings(Uri portal, Uri? standIn = null) => new()
    {
        ["Vpm:DevelopmentStandIn"] = "true",
        ["Vpm:StsUrl"] = new Uri(standIn ?? portal, VpmStandIn.SignInPath).ToString(),
        ["Vpm:Realm"] = portal.ToString(),
        ["Vpm:ReplyUrl"] = new Uri(portal, "/api/auth/vpm/callback").ToString(),
    };

    /// <summary>
    /// Begins a sign-in at the portal (<paramref name="signInPath"/>, a GET answering a redirect to the stand-in), and returns
    /// the stand-in's answer for <paramref name="person"/>: the form its page would post, not yet posted.
    /// </summary>
    public static async Task<AutoPostForm> BeginAsync(HttpClient portal, string person, string signInPath = "/api/auth/vpm/sign-in?returnTo=/")
    {
        using var begin = await portal.GetAsync(new Uri(signInPath, UriKind.Relative));
        if (begin.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found) || begin.Headers.Location is not { } location)
        {
            throw new InvalidOperationException($"The portal answered {(int)begin.StatusCode} to {signInPath}, not a redirect to Latvija.lv.");
        }

        return await AnswerAsync(portal, location, person);
    }

    /// <summary>
    /// Follows <paramref name="signInRedirect"/> (the portal's <c>…?wa=wsignin1.0&amp;…</c> address of the stand-in) on the portal's
    /// own host, as the person's browser would reach the stand-in, chooses <paramref name="person"/> and reads the answer's form.
    /// </summary>
    public static async Task<AutoPostForm> AnswerAsync(HttpClient portal, Uri signInRedirect, string person)
    {
        var path = signInRedirect.IsAbsoluteUri ? signInRedirect.PathAndQuery : signInRedirect.OriginalString;
        using var page = await portal.GetAsync(new Uri(path, UriKind.Relative));
        var choice = await page.Content.ReadAsStringAsync();
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The stand-in answered {(int)page.StatusCode} at {path}: {choice}");
        }

        if (!choice.Contains($"name=\"person\" value=\"{person}\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The stand-in offers no test person {person}.");
        }

        // The choice is a GET form: its hidden fields and the button pressed.
        var fields = Fields(choice);
        fields["person"] = person;
        var query = string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
        using var answer = await portal.GetAsync(new Uri($"{Action(choice)}?{query}", UriKind.Relative));
        var html = await answer.Content.ReadAsStringAsync();
        if (answer.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The stand-in answered {(int)answer.StatusCode} for {person}: {html}");
        }

        if (!html.Contains($"<script src=\"{VpmStandIn.ScriptPath}\"></script>", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The stand-in's answer page does not send itself.");
        }

        return new AutoPostForm(new Uri(Action(html), UriKind.Absolute), Fields(html));
    }

    /// <summary>Posts the answer to its action on <paramref name="portal"/> (by path), as the stand-in's page does; no redirect is followed.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient portal, AutoPostForm form) =>
        portal.PostAsync(new Uri(form.Action.PathAndQuery, UriKind.Relative), new FormUrlEncodedContent(form.Fields));

    /// <summary>The stand-in's test people's keys, as its page lists them.</summary>
    public static IReadOnlyList<string> People => [.. Portal.Demo.Vpm.VpmTestPeople.All.Select(p => p.Key)];

    private static string Action(string html) => HtmlForm.Read(html).Action;

    private static Dictionary<string, string> Fields(string html) => HtmlForm.Read(html).Fields.ToDictionary(f => f.Key, f => f.Value);
}
