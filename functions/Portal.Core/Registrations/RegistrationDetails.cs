using Portal.Core.Clients;

namespace Portal.Core.Registrations;

/// <summary>An application as staff see it.</summary>
/// <param name="ExistingClientId">For a company: the client ES already has with this registration number, which approval would link to.</param>
public sealed record RegistrationDetails(
    string Id,
    string Status,
    string PersonKind,
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
    int AcceptedTermsVersion,
    bool HasDocument,
    DateTimeOffset SubmittedAt,
    string? UserId,
    string? ClientId,
    IReadOnlyList<Scope> Scopes,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? Reason,
    string? ExistingClientId);
