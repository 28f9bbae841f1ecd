using Portal.Core.BackOffice;

namespace Portal.Core.Billing;

/// <summary>A payment that passed validation, its amount in cents.</summary>
internal sealed record ValidPayment(string ExternalId, long Version, string ClientExternalId, DateOnly ReceivedOn, long AmountCents, IReadOnlyList<Allocation> Allocations, string? PortalOrderId) : IValidFeedRecord;
