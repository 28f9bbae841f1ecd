using Portal.Core.Storage;

namespace Portal.Core.Submissions;

/// <summary>
/// A document of a sent submission: partition = the client id, row = <c>document|{submissionId}|{documentId}</c>; the file is the blob
/// <c>submission-documents/{clientId}/{submissionId}/{documentId}</c>, written before this row.
/// </summary>
internal sealed class SubmissionDocumentEntity : PortalEntity
{
    public const string Prefix = "document|";

    public string Name { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    public DateTimeOffset AddedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public static string RowFor(string submissionId, string documentId) => $"{Prefix}{submissionId}|{documentId}";

    public SubmissionDocument View() => new(RowKey[(RowKey.LastIndexOf('|') + 1)..], Name, Size, Sha256, AddedAt);
}
