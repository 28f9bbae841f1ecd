using System.Net;
using Portal.Core.Payments;
using Portal.DevHost.BankLink;

namespace Portal.Testing;

/// <summary>
/// The dev host's development bank, driven the way a browser would: a signed request posted to its page, the developer's choice on
/// it, and the page whose form posts the bank's answer back to the portal (read, not posted).
/// </summary>
public static class DevBankPages
{
    /// <summary>The portal settings that switch the development bank on (its address follows <c>Portal:PublicBaseUrl</c>).</summary>
    public static Dictionary<string, string?> Settings() => new() { ["BankLink:DevelopmentBank"] = "true" };

    /// <summary>Posts <paramref name="form"/> (a request 1012 or 4012) to the bank's page on the portal's own host, as the browser would.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient portal, Uri action, IEnumerable<KeyValuePair<string, string>> form) =>
        portal.PostAsync(new Uri(action.PathAndQuery, UriKind.Relative), new FormUrlEncodedContent(form));

    /// <summary>
    /// Pays (or not) the request: posts it to the bank, chooses <paramref name="outcome"/> (<c>paid</c>, <c>cancelled</c>) and the
    /// server answer's time <paramref name="server"/>, and returns the form the bank's answer page would post.
    /// </summary>
    public static async Task<AutoPostForm> AnswerAsync(HttpClient portal, ProviderForm request, string outcome, string server = "never")
    {
        ArgumentNullException.ThrowIfNull(request);
        return await ChooseAsync(portal, request.Action, request.Fields, DevBank.PayPath, [new("outcome", outcome), new("server", server)]);
    }

    /// <summary>Signs in as the test person <paramref name="person"/>: the form the bank's answer page (3013) would post.</summary>
    public static Task<AutoPostForm> SignInAsync(HttpClient portal, Uri action, IReadOnlyList<KeyValuePair<string, string>> request, string person) =>
        ChooseAsync(portal, action, request, DevBank.SignInPath, [new("person", person)]);

    private static async Task<AutoPostForm> ChooseAsync(
        HttpClient portal, Uri action, IEnumerable<KeyValuePair<string, string>> request, string choicePath, KeyValuePair<string, string>[] choice)
    {
        using var page = await PostAsync(portal, action, request);
        var html = await page.Content.ReadAsStringAsync();
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The development bank answered {(int)page.StatusCode}: {html}");
        }

        var (path, fields) = HtmlForm.Read(html);
        if (path != choicePath)
        {
            throw new InvalidOperationException($"The development bank's page posts to {path}, not {choicePath}.");
        }

        using var answer = await portal.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([.. fields, .. choice]));
        var answerHtml = await answer.Content.ReadAsStringAsync();
        if (answer.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The development bank answered {(int)answer.StatusCode} to the choice: {answerHtml}");
        }

        var (to, answerFields) = HtmlForm.Read(answerHtml);
        return new AutoPostForm(new Uri(to, UriKind.Absolute), answerFields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));
    }
}
