namespace Portal.Core.Submissions;

/// <summary>A submission in the client's list: what it is, where it stands, and who changed it last.</summary>
public sealed record SubmissionSummary(string Id, string Kind, int FormVersion, SubmissionStatus Status, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy, DateTimeOffset ExpiresAt);

/// <summary>What waits for a client's members: how many drafts, the last changed few, and the submissions ES asked them to answer (the newest few).</summary>
public sealed record SubmissionsWaiting(int DraftCount, IReadOnlyList<SubmissionSummary> Drafts, IReadOnlyList<SubmissionSummary> Answers);
