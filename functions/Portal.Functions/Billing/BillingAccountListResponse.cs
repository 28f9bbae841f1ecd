using Portal.Core.Billing;

namespace Portal.Functions.Billing;

public sealed record BillingAccountListResponse(IReadOnlyList<BillingAccount> Items, string? ContinuationToken);
