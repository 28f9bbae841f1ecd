using System.Text.RegularExpressions;

namespace Portal.Core.Identity.Vpm;

/// <summary>
/// Latvija.lv's name identifier (format <c>urn:ivis:100001:name.id-viss</c>) read into its segments, each a two-letter prefix and
/// a value: <c>PK:32345678901</c> a person; <c>PK:...-UR:40003627089</c> a person signing as a company's signatory;
/// <c>AU:100001-PK:...</c> an institution's employee; <c>DP:...-PK:...</c> a person acting for whoever authorised them (a person,
/// a company or an institution). The person is always the <c>PK</c> segment.
/// </summary>
/// <param name="Text">The identifier as sent.</param>
/// <param name="PersonalCode">The <c>PK</c> segment's code, normalised (<see cref="PersonalCodes.Normalise"/>).</param>
/// <param name="CompanyRegistrationNumber">The <c>UR</c> segment: the company the person signed in as a signatory of.</param>
/// <param name="Institution">The <c>AU</c> segment: the institution whose employee the person is.</param>
/// <param name="Principal">The <c>DP</c> segment: who authorised the person to act for them.</param>
public sealed partial record VpmNameIdentifier(string Text, string PersonalCode, string? CompanyRegistrationNumber, string? Institution, string? Principal)
{
    /// <summary>The prefixes VPM documents; any other is not understood, and the identifier with it is refused.</summary>
    public static readonly IReadOnlyList<string> Prefixes = ["PK", "UR", "AU", "DP"];

    /// <summary>
    /// The identifier read, or null when it is not one of the documented shapes: a segment not <c>XX:value</c>, a prefix
    /// unknown or repeated, no <c>PK</c> segment (a system, or an email of an unconfirmed identity), a code that is not a
    /// personal code, a <c>UR</c> that is not 11 digits.
    /// </summary>
    public static VpmNameIdentifier? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return null;
        }

        var segments = new Dictionary<string, string>(StringComparer.Ordinal);
        // A segment starts at a two-letter prefix and its colon; an old-form code's own hyphen (171053-16687) is no boundary.
        foreach (var part in Boundary().Split(text.Trim()))
        {
            var match = Segment().Match(part);
            if (!match.Success || !Prefixes.Contains(match.Groups[1].Value) || !segments.TryAdd(match.Groups[1].Value, match.Groups[2].Value))
            {
                return null;
            }
        }

        if (!segments.TryGetValue("PK", out var person) || PersonalCodes.Normalise(person) is not { } code)
        {
            return null;
        }

        var company = segments.GetValueOrDefault("UR");
        if (company is not null && (company.Length != 11 || !company.All(char.IsAsciiDigit)))
        {
            return null;
        }

        return new VpmNameIdentifier(text.Trim(), code, company, segments.GetValueOrDefault("AU"), segments.GetValueOrDefault("DP"));
    }

    [GeneratedRegex("-(?=[A-Z]{2}:)")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"^([A-Z]{2}):([0-9A-Za-z]{1,20}(?:-[0-9A-Za-z]{1,20})?)$")]
    private static partial Regex Segment();
}
