using Portal.Core.Permits;

namespace Portal.Functions.Permits;

public sealed record PermitHistoryResponse(IReadOnlyList<PermitVersion> Versions);
