using Portal.Core.Permits;

namespace Portal.Functions.Permits;

public sealed record PermitListResponse(IReadOnlyList<PermitSummary> Items, string? ContinuationToken);
