using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Reflection;
using Portal.Core.Notifications;

namespace Portal.UnitTests.Notifications;

/// <summary>Every email in both languages: a plain-text part and an HTML part with the same words, values encoded, links as links.</summary>
public sealed class EmailTemplateTests
{
    private const string Hostile = "<b onclick=\"x()\">Ķ&amp;'</b>";
    private const string Link = "https://portal.example/reset-password?token=a&b=<c>";

    public static TheoryData<string, string> Templates()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in typeof(EmailTemplates).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            data.Add((string)field.GetRawConstantValue()!, "lv");
            data.Add((string)field.GetRawConstantValue()!, "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void EveryEmail_HasAnHtmlPart_WithTheTextsWords_ValuesEncoded_LinksAsLinks(string template, string language)
    {
        var values = new AnyValue();
        var email = EmailTemplates.Render(new EmailMessage("janis@example.lv", language, template, values));

        Assert.Contains($"<html lang=\"{language}\">", email.Html, StringComparison.Ordinal);
        Assert.Contains($"<title>{WebUtility.HtmlEncode(email.Subject)}</title>", email.Html, StringComparison.Ordinal);
        // Nothing a value holds becomes markup; every line of the text is in the HTML, encoded.
        Assert.DoesNotContain("<b ", email.Html, StringComparison.Ordinal);
        foreach (var words in email.Body.Split('\n').SelectMany(line => line.Split(Link)).Select(w => w.Trim()).Where(w => w.Length > 0))
        {
            Assert.Contains(WebUtility.HtmlEncode(words), email.Html, StringComparison.Ordinal);
        }

        // A value named "...Link" is a link to exactly that address; the text part has it as it is.
        foreach (var name in values.Asked.Where(n => n.EndsWith("Link", StringComparison.Ordinal)))
        {
            Assert.Contains($"<a href=\"{WebUtility.HtmlEncode(Link)}\"", email.Html, StringComparison.Ordinal);
            Assert.Contains(Link, email.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheTextPart_IsTheTemplateFilledIn_WithTheSignatureAfterABlankLine()
    {
        var email = EmailTemplates.Render(new EmailMessage("janis@example.lv", "en", EmailTemplates.PasswordReset, new Dictionary<string, string>
        {
            ["validMinutes"] = "60",
            ["resetLink"] = "https://portal.example/reset-password?token=t",
        }));

        Assert.Equal("Resetting your password", email.Subject);
        Assert.StartsWith("To set a new password for the client portal, open this link within 60 minutes: https://portal.example/reset-password?token=t\n\nThe link works once.", email.Body, StringComparison.Ordinal);
        Assert.EndsWith("\n\nVAS “Elektroniskie sakari” client portal\nPhone +371 67332179, email info@vases.lv", email.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void AListValue_IsDashLinesInTheText_AnEncodedListInTheHtml_AndAnEmptyListLeavesItsParagraphOut()
    {
        var email = EmailTemplates.Render(new EmailMessage("janis@example.lv", "en", EmailTemplates.ReminderDigest, new Dictionary<string, string>
        {
            ["invoicesLink"] = "https://portal.example/invoices",
            ["permitsLink"] = "https://portal.example/permits",
            ["profileLink"] = "https://portal.example/account",
        })
        {
            Lists = new Dictionary<string, IReadOnlyList<string>> { ["dueSoon"] = [Hostile, "RE-1"], ["overdue"] = [], ["expiring"] = ["AT-1"], ["drafts"] = [] },
        });

        Assert.Contains($"Invoices due in 7 days:\n- {Hostile}\n- RE-1\n\nPermits that end soon:\n- AT-1\n\nInvoices in the portal:", email.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("overdue", email.Body, StringComparison.Ordinal);
        Assert.Contains(
            $"<p style=\"margin:0 0 16px\">Invoices due in 7 days:</p><ul style=\"margin:0 0 16px;padding-left:24px\"><li>{WebUtility.HtmlEncode(Hostile)}</li><li>RE-1</li></ul>"
            + "<p style=\"margin:0 0 16px\">Permits that end soon:</p><ul style=\"margin:0 0 16px;padding-left:24px\"><li>AT-1</li></ul><p style=\"margin:0 0 16px\">Invoices in the portal:",
            email.Html,
            StringComparison.Ordinal);
        Assert.DoesNotContain("<b ", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("overdue", email.Html, StringComparison.Ordinal);
    }

    /// <summary>Gives every value a template asks for: links a link, anything else words that would be markup if not encoded.</summary>
    private sealed class AnyValue : Dictionary<string, string>, IReadOnlyDictionary<string, string>
    {
        public HashSet<string> Asked { get; } = [];

        bool IReadOnlyDictionary<string, string>.TryGetValue(string key, [MaybeNullWhen(false)] out string value)
        {
            Asked.Add(key);
            value = key.EndsWith("Link", StringComparison.Ordinal) ? Link : Hostile;
            return true;
        }
    }
}
