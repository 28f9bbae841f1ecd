using Portal.Core.Submissions;

namespace Portal.Functions.Submissions;

public sealed record SubmissionListResponse(IReadOnlyList<SubmissionSummary> Submissions);
