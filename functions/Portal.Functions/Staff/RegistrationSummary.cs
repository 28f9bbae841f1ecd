using Portal.Core.Registrations;

namespace Portal.Functions.Staff;

/// <summary>An application in the list: enough to choose it; the personal code and contacts only when it is opened (and that read is audited).</summary>
public sealed record RegistrationSummary(
    string Id, string Email, string PersonKind, string FirstName, string LastName, string? CompanyName, string? RegistrationNumber, DateTimeOffset SubmittedAt, bool HasDocument)
{
    public static RegistrationSummary From(RegistrationDetails application) => new(
        application.Id, application.Email, application.PersonKind, application.FirstName, application.LastName,
        application.CompanyName, application.RegistrationNumber, application.SubmittedAt, application.HasDocument);
}
