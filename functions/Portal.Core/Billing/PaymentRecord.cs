using Portal.Core.BackOffice;

namespace Portal.Core.Billing;

/// <summary>A payment received from a client.</summary>
public sealed record PaymentRecord(string? ExternalId, long? Version, string? ClientExternalId, DateOnly? ReceivedOn, decimal? Amount) : IFeedRecord;
