using System.Text.Json.Serialization;
using Portal.Core.BackOffice;

namespace Portal.Core.Billing;

/// <summary>A payment received from a client; optionally, the invoices it settles (the rest settles the oldest due first).</summary>
public sealed record PaymentRecord(
    string? ExternalId,
    long? Version,
    string? ClientExternalId,
    DateOnly? ReceivedOn,
    decimal? Amount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<AllocationRecord>? Allocations = null) : IFeedRecord;
