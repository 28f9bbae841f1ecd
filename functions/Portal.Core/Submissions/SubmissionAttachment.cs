using System.Text.Json.Serialization;

namespace Portal.Core.Submissions;

/// <summary>
/// A submission's attachment as its members see it: while <see cref="AttachmentStatus.Uploading"/>, how many bytes the portal has
/// acknowledged (<see cref="Received"/>: the upload resumes from there); once ready, what its content was found to be, its SHA-256
/// and, for a signed e-document, the signer its certificate names (as stated: ES verifies signatures on receipt).
/// </summary>
public sealed record SubmissionAttachment(
    string Id,
    string Name,
    long Size,
    AttachmentStatus Status,
    int ChunkSize,
    long Received,
    string? Kind,
    string? MediaType,
    string? Sha256,
    string? SignedBy,
    DateTimeOffset CreatedAt,
    string CreatedBy)
{
    /// <summary>What the file was sent to ES with: <c>submission</c>, <c>answer</c>, or null while it is still the user's to change.</summary>
    public string? SentWith { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<AttachmentStatus>))]
public enum AttachmentStatus
{
    [JsonStringEnumMemberName("uploading")]
    Uploading,

    [JsonStringEnumMemberName("ready")]
    Ready,
}

/// <summary>An attachment as a sent submission lists it (its receipt, its event, its canonical JSON).</summary>
public sealed record SentAttachment(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("size")] long Size,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("signedBy")] string? SignedBy);
