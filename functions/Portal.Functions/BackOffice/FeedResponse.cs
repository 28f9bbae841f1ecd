using Portal.Core.BackOffice;

namespace Portal.Functions.BackOffice;

public sealed record FeedResponse(IReadOnlyList<FeedResult> Results);
