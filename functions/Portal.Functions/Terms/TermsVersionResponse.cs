using Portal.Core.Terms;

namespace Portal.Functions.Terms;

/// <param name="Text">The full text; null in lists and for versions whose text is not kept.</param>
public sealed record TermsVersionResponse(
    int Version,
    string DocumentName,
    DateOnly ApprovedOn,
    string ValidityNote,
    bool InForce,
    bool TextAvailable,
    string? Sha256,
    string Language,
    string? Text)
{
    /// <summary>The terms are approved and published in Latvian only.</summary>
    public const string TermsLanguage = "lv";

    public static TermsVersionResponse From(TermsVersion version, string? text) => new(
        version.Version,
        version.DocumentName,
        version.ApprovedOn,
        version.ValidityNote,
        version.InForce,
        version.TextAvailable,
        version.Sha256,
        TermsLanguage,
        text);
}
