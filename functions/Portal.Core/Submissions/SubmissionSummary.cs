namespace Portal.Core.Submissions;

/// <summary>A submission in the client's list: what it is, where it stands, and who changed it last.</summary>
public sealed record SubmissionSummary(string Id, string Kind, int FormVersion, SubmissionStatus Status, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy, DateTimeOffset ExpiresAt);

/// <summary>What waits for a client's members: how many drafts, the last changed few, and the submissions ES asked them to answer (the newest few).</summary>
public sealed record SubmissionsWaiting(int DraftCount, IReadOnlyList<SubmissionSummary> Drafts, IReadOnlyList<SubmissionSummary> Answers);

/// <summary>A draft about to lapse: whose it is, what it is, who changed it last (the one reminded) and when it lapses.</summary>
public sealed record LapsingDraft(string ClientId, string Id, string Kind, int FormVersion, string UpdatedBy, DateTimeOffset ExpiresAt);
