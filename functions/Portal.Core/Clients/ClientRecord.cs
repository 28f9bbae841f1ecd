using Portal.Core.BackOffice;

namespace Portal.Core.Clients;

/// <summary>A client as the back office feeds it.</summary>
public sealed record ClientRecord(
    string? ExternalId,
    long? Version,
    string? Kind,
    string? Name,
    string? PersonalCode,
    string? RegistrationNumber,
    string? Address,
    string? Email,
    string? Phone,
    string? BillingArrangement,
    IReadOnlyList<string>? Services) : IFeedRecord;
