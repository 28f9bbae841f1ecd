namespace Portal.Core.Identity;

/// <summary>
/// What an external identity provider vouches for once its answer has been validated (§2.8, §10): the provider's own subject
/// and the person's normalised personal code, current and earlier. Every provider's answer ends as one of these, and what
/// follows (who gets in) does not depend on the provider.
/// </summary>
/// <param name="Provider">The provider's short name, e.g. <c>vpm</c> (Latvija.lv's unified login).</param>
/// <param name="Subject">The provider's name identifier as it sent it, e.g. <c>PK:32345678901</c> or <c>PK:32345678901-UR:40003627089</c>.</param>
/// <param name="PersonalCode">The person's current personal code, digits only (prefix and hyphens stripped); null when the answer names none.</param>
/// <param name="PreviousCodes">Earlier personal codes of the same person (a code that changed), normalised likewise, newest first.</param>
/// <param name="GivenName">The person's given name(s) as the provider sent them.</param>
/// <param name="Surname">The person's surname as the provider sent it.</param>
/// <param name="CompanyRegistrationNumber">The company the person signed in as a signatory of (<c>-UR:</c>), shown and recorded, never access by itself.</param>
/// <param name="AuthenticationMethod">How the person authenticated (eID card, eParaksts mobile, ...), as the provider named it.</param>
/// <param name="AssuranceLevel">The provider's assurance level of the authentication, as sent.</param>
public sealed record ExternalIdentity(
    string Provider,
    string Subject,
    string? PersonalCode,
    IReadOnlyList<string> PreviousCodes,
    string GivenName,
    string Surname,
    string? CompanyRegistrationNumber,
    string? AuthenticationMethod,
    string? AssuranceLevel)
{
    /// <summary>Every code the person carries, current first.</summary>
    public IEnumerable<string> Codes => PersonalCode is null ? PreviousCodes : [PersonalCode, .. PreviousCodes];
}
