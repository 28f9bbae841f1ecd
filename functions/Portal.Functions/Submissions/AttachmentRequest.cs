namespace Portal.Functions.Submissions;

/// <summary>A file to upload: its name on the user's device, its size in bytes, and optionally a smaller chunk size than the portal's.</summary>
public sealed record AttachmentRequest(string? Name, long? Size, int? ChunkSize);

/// <summary>A submission's files, the oldest first.</summary>
public sealed record AttachmentListResponse(IReadOnlyList<Core.Submissions.SubmissionAttachment> Items);
