using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Testing;

/// <summary>The first form of a page as a browser would post it: its action and its hidden fields, in order, decoded.</summary>
public static partial class HtmlForm
{
    public static (string Action, IReadOnlyList<KeyValuePair<string, string>> Fields) Read(string html) =>
        (WebUtility.HtmlDecode(FormAction().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException($"No form in: {html}")),
            [.. HiddenField().Matches(html).Select(m => KeyValuePair.Create(WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value)))]);

    [GeneratedRegex("<form[^>]* action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();
}
