namespace Portal.Core.Terms;

/// <summary>One version of the portal's terms of use, as §37 of the terms lists them.</summary>
/// <param name="Sha256">Hex SHA-256 of the text; null where the text of that version is not kept.</param>
public sealed record TermsVersion(
    int Version,
    string DocumentName,
    DateOnly ApprovedOn,
    string ValidityNote,
    bool InForce,
    string? Sha256)
{
    public bool TextAvailable => Sha256 is not null;
}
