namespace Portal.Core.Registrations;

/// <summary>An application that passed every check, ready to be stored.</summary>
public sealed record ValidApplication(
    PersonKind Kind,
    string FirstName,
    string LastName,
    string PersonalCode,
    string? CompanyName,
    string? RegistrationNumber,
    string? Position,
    string Address,
    string Email,
    string Phone,
    string Language,
    int AcceptedTermsVersion);
