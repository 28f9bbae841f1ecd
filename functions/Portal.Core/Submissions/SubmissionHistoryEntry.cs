using System.Text.Json.Serialization;

namespace Portal.Core.Submissions;

/// <summary>
/// One step of a sent submission as its members see it, oldest first: sent by the user, a status ES set (with its message), an answer
/// of the user's, or their request to withdraw it. <see cref="By"/> is <see cref="Es"/> for what the back office did, else the user's name.
/// </summary>
public sealed record SubmissionHistoryEntry(HistoryEntryKind Kind, SubmissionStatus? Status, string? Message, DateTimeOffset At, string By)
{
    /// <summary>Who the back office's steps are by.</summary>
    public const string Es = "ES";

    /// <summary>The files sent with an answer (none for other entries).</summary>
    public IReadOnlyList<SentAttachment> Attachments { get; init; } = [];
}

/// <summary>What a history entry records.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HistoryEntryKind>))]
public enum HistoryEntryKind
{
    /// <summary>A status: <c>submitted</c> by the user, the others by ES.</summary>
    [JsonStringEnumMemberName("status")]
    Status,

    /// <summary>The user's answer to a request for information (its text in the message).</summary>
    [JsonStringEnumMemberName("answer")]
    Answer,

    /// <summary>The user asked ES to withdraw it.</summary>
    [JsonStringEnumMemberName("withdrawal-request")]
    WithdrawalRequest,
}

/// <summary>A document the back office put for the submission (a decision, an e-permit): downloaded by the client's members.</summary>
public sealed record SubmissionDocument(string Id, string Name, long Size, string Sha256, DateTimeOffset AddedAt);
