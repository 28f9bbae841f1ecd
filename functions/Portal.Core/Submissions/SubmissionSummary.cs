namespace Portal.Core.Submissions;

/// <summary>A submission in the client's list: what it is, where it stands, and who changed it last.</summary>
public sealed record SubmissionSummary(string Id, string Kind, int FormVersion, SubmissionStatus Status, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy, DateTimeOffset ExpiresAt);
