using Portal.Core.Storage;

namespace Portal.Core.Submissions;

/// <summary>
/// A file attached to a submission: partition = the client id, row = <c>attachment|{submissionId}|{attachmentId}</c> (a letter first,
/// so a list of submissions never reads it). The bytes are a block blob of the submission-files container under a random name; while
/// <c>uploading</c> they are blocks staged one per chunk, committed when the upload is finished and the content judged. A draft's files
/// go with the submission; files added while ES asks for information go with the user's answer.
/// </summary>
internal sealed class AttachmentEntity : PortalEntity
{
    /// <summary>The name the file is offered under: the uploader's, sanitised, with its kind's extension once judged.</summary>
    public string Name { get; set; } = "";

    /// <summary>The size the upload declared, in bytes: the chunks must add up to it.</summary>
    public long Size { get; set; }

    public int ChunkSize { get; set; }

    public string Status { get; set; } = "";

    /// <summary>The blob's name in <see cref="StorageNames.SubmissionFilesContainer"/>: random, nothing of the file's own name.</summary>
    public string Blob { get; set; } = "";

    /// <summary>What the content was found to be (<see cref="Documents.AttachmentKind.Name"/>), once ready.</summary>
    public string? Kind { get; set; }

    public string? Sha256 { get; set; }

    /// <summary>For a signed e-document: its signer's certificate subject as the container states it (not verified by the portal).</summary>
    public string? SignedBy { get; set; }

    /// <summary>The history entry (sequence) of the answer the file was sent with; null while it waits for one, or went with the submission.</summary>
    public int? Answer { get; set; }

    public string CreatedBy { get; set; } = "";

    public string CreatedByName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
