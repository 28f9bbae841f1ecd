using Portal.Core.Payments;

namespace Portal.Functions.Payments;

/// <summary>The flagged payment orders, the orders made longest ago first.</summary>
public sealed record FlaggedPaymentListResponse(IReadOnlyList<FlaggedPaymentOrder> Items);
