using Portal.Core.Submissions;

namespace Portal.Functions.Submissions;

public sealed record FeedbackListResponse(IReadOnlyList<FeedbackNote> Items);
