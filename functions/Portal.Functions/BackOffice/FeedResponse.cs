using Portal.Core.BackOffice;

namespace Portal.Functions.BackOffice;

/// <param name="ContractVersion">The version of the back-office contract these results follow (<see cref="BackOfficeContract"/>).</param>
/// <param name="Results">One per record, in the order given.</param>
public sealed record FeedResponse(int ContractVersion, IReadOnlyList<FeedResult> Results);
