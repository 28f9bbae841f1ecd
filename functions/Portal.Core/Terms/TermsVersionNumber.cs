using System.Globalization;

namespace Portal.Core.Terms;

/// <summary>Terms versions are positive integers; anything else in a route is the caller's mistake, not a missing version.</summary>
public static class TermsVersionNumber
{
    public const string Rule = "The version must be a positive whole number, for example 4.";

    public static bool TryParse(string? text, out int version) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out version) && version > 0;
}
