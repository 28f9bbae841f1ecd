using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Portal.Core.Submissions;

/// <summary>
/// The SHA-256 of a submission's canonical JSON form: what the receipt and the audit trail quote, and anyone can recompute from
/// what was sent. The hashed object is <c>{"attachments", "clientId", "content", "formVersion", "kind", "submissionId"}</c>, where
/// <c>attachments</c> lists the files sent, in the order they were attached, each <c>{"id", "kind", "name", "sha256", "signedBy", "size"}</c>
/// (<c>signedBy</c> null but for a signed e-document); its canonical form
/// (after RFC 8785) has the members of every object sorted by their names' UTF-16 code units, no whitespace, strings with only
/// <c>"</c>, <c>\</c> and control characters escaped (<c>\b \t \n \f \r</c>, else <c>\u00xx</c>) and everything else as UTF-8, and
/// numbers as JavaScript writes them (the shortest decimal that reads back the same double; integers without a fraction).
/// </summary>
public static class SubmissionHash
{
    public static string Of(string clientId, string submissionId, string kind, int formVersion, JsonElement content, IReadOnlyList<SentAttachment> attachments)
    {
        var text = new StringBuilder();
        text.Append("{\"attachments\":");
        Canonical(text, JsonSerializer.SerializeToElement(attachments, SubmissionsJson.Default.IReadOnlyListSentAttachment));
        text.Append(",\"clientId\":");
        String(text, clientId);
        text.Append(",\"content\":");
        Canonical(text, content);
        text.Append(CultureInfo.InvariantCulture, $",\"formVersion\":{formVersion},\"kind\":");
        String(text, kind);
        text.Append(",\"submissionId\":");
        String(text, submissionId);
        text.Append('}');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The canonical JSON of <paramref name="value"/>.</summary>
    public static string Canonical(JsonElement value)
    {
        var text = new StringBuilder();
        Canonical(text, value);
        return text.ToString();
    }

    private static void Canonical(StringBuilder text, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                text.Append('{');
                var first = true;
                foreach (var member in value.EnumerateObject().OrderBy(m => m.Name, StringComparer.Ordinal))
                {
                    text.Append(first ? "" : ",");
                    first = false;
                    String(text, member.Name);
                    text.Append(':');
                    Canonical(text, member.Value);
                }

                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    text.Append(index++ == 0 ? "" : ",");
                    Canonical(text, item);
                }

                text.Append(']');
                break;
            case JsonValueKind.String:
                String(text, value.GetString()!);
                break;
            case JsonValueKind.Number:
                text.Append(Number(value.GetDouble()));
                break;
            default:
                text.Append(value.GetRawText());
                break;
        }
    }

    /// <summary>A number as JavaScript's <c>Number.prototype.toString</c> writes it, for the values a form holds.</summary>
    internal static string Number(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        if (Math.Abs(value) < 1e21 && Math.Abs(value) >= 1e-6)
        {
            var plain = value.ToString("R", CultureInfo.InvariantCulture);
            return plain.Contains('E', StringComparison.Ordinal) ? value.ToString("0.#####################", CultureInfo.InvariantCulture) : plain;
        }

        var parts = value.ToString("E16", CultureInfo.InvariantCulture).Split('E');
        var shortest = value.ToString("R", CultureInfo.InvariantCulture).Split('E')[0];
        var power = int.Parse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{shortest}e{(power < 0 ? "-" : "+")}{Math.Abs(power)}");
    }

    private static void String(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\t' => "\\t",
                '\n' => "\\n",
                '\f' => "\\f",
                '\r' => "\\r",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        text.Append('"');
    }
}
