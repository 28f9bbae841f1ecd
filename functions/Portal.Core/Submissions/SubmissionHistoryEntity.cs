using Portal.Core.Storage;

namespace Portal.Core.Submissions;

/// <summary>
/// An entry of a sent submission's history: partition = the client id, row = <c>history|{submissionId}|{sequence:D6}</c>, the sequence
/// taken from <see cref="SubmissionEntity.HistoryCount"/> in the same transaction as the submission's row.
/// </summary>
internal sealed class SubmissionHistoryEntity : PortalEntity
{
    public const string Prefix = "history|";

    public string Kind { get; set; } = "";

    public string? Status { get; set; }

    public string? Message { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary><see cref="SubmissionHistoryEntry.Es"/> or the user's name, as shown.</summary>
    public string By { get; set; } = "";

    /// <summary>The user's id (empty for ES).</summary>
    public string ByUserId { get; set; } = "";

    /// <summary>A fed status's version, for the audit trail and support.</summary>
    public long? Version { get; set; }

    /// <summary>The files sent with an answer, as JSON (<see cref="SentAttachment"/>s); null for none.</summary>
    public string? Attachments { get; set; }

    public static string RowFor(string submissionId, int sequence) => $"{Prefix}{submissionId}|{sequence:D6}";

    public SubmissionHistoryEntry View() =>
        new(Vocabulary<HistoryEntryKind>.Stored(Kind), Status is null ? null : Vocabulary<SubmissionStatus>.Stored(Status), Message, At, By)
        {
            Attachments = Submissions.SentFiles(Attachments),
        };
}
