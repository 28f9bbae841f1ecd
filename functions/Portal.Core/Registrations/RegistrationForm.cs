namespace Portal.Core.Registrations;

/// <summary>What a registration application asks for (§4, §5, §10, §2.9).</summary>
public sealed record RegistrationForm(
    string? PersonKind,
    string? FirstName,
    string? LastName,
    string? PersonalCode,
    string? CompanyName,
    string? RegistrationNumber,
    string? Position,
    string? Address,
    string? Email,
    string? Phone,
    string? Language,
    int? AcceptedTermsVersion);
