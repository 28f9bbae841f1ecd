using System.Text.Json.Serialization;
using Portal.Core.BackOffice;

namespace Portal.Core.Billing;

/// <summary>
/// A payment received from a client; optionally, the invoices it settles (the rest settles the oldest due first), and the portal's
/// payment order it books (<c>portalOrderId</c>, the order's stamp as the bank carried it).
/// </summary>
public sealed record PaymentRecord(
    string? ExternalId,
    long? Version,
    string? ClientExternalId,
    DateOnly? ReceivedOn,
    decimal? Amount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<AllocationRecord>? Allocations = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PortalOrderId = null) : IFeedRecord;
