namespace Portal.Functions.Submissions;

/// <summary>The user's answer to ES's request for information: 1-5000 characters, and the files uploaded for it (their ids).</summary>
public sealed record AnswerRequest(string? Text, IReadOnlyList<string>? AttachmentIds);
