namespace Portal.Functions.Privacy;

public sealed record PersonalProfile(
    string Id,
    string Email,
    string FirstName,
    string LastName,
    string Phone,
    string Address,
    string Language,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset PasswordChangedAt,
    int AcceptedTermsVersion);
