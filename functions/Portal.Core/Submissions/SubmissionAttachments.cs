using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Options;
using Portal.Core.Audit;
using Portal.Core.Documents;
using Portal.Core.Outcomes;
using Portal.Core.Privacy;
using Portal.Core.Storage;

namespace Portal.Core.Submissions;

/// <summary>
/// A draft's attachments, uploaded resumably: the upload is declared (name and size) and gets a random blob; each chunk is staged
/// as a block of that blob under its index, so a chunk sent again replaces itself and an upload cut short resumes from the chunks the
/// portal acknowledged (<see cref="SubmissionAttachment.Received"/>, read from the blob's uncommitted blocks); finishing commits the
/// blocks in order (a file of one chunk is written whole by its chunk, a plain upload of the blob), judges the content (<see cref="AttachmentCheck"/>: the type is what the bytes are, whatever the name says) and
/// keeps its SHA-256, or deletes what was refused. Each file is at most <see cref="MaxFileBytes"/>, a submission's at most
/// <see cref="MaxSubmissionBytes"/> in all (a submission's, or an answer's). A draft's files are deleted with the draft (the same retention
/// index hour and guard) and go with the submission; while ES asks for information, files added go with the user's answer and are deleted
/// Retention:SubmissionFilesDays after they were added. The back office fetches the files sent, by the submission's id.
/// </summary>
public sealed class SubmissionAttachments(PortalStorage storage, Submissions submissions, RetentionIndex retention, IOptions<RetentionOptions> retentionOptions, AuditTrail audit, TimeProvider time)
{
    public const long MaxFileBytes = 20L * 1024 * 1024;
    public const long MaxSubmissionBytes = 100L * 1024 * 1024;
    public const int MaxFiles = 20;

    /// <summary>
    /// The chunk size unless the uploader asks for a smaller one (at least <see cref="MinChunkBytes"/>): a file up to it goes in one
    /// request, judged and hashed from the bytes in hand; a larger one is read back once when it is finished.
    /// </summary>
    public const int MaxChunkBytes = 8 * 1024 * 1024;
    public const int MinChunkBytes = 64 * 1024;

    private const int MaxNameLength = 120;

    public async Task<Outcome<SubmissionAttachment>> BeginAsync(string clientId, string submissionId, Editor editor, string name, long size, int? chunkSize, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var clean = CleanName(name);
        if (clean.Length == 0)
        {
            errors.Add("name", "Name the file (its name as it is on your device).");
        }

        if (size is <= 0 or > MaxFileBytes)
        {
            errors.Add("size", $"A file may be 1 byte to {MaxFileBytes / (1024 * 1024)} MB.");
        }

        if (chunkSize is { } asked && (asked < MinChunkBytes || asked > MaxChunkBytes || asked % 1024 != 0))
        {
            errors.Add("chunkSize", $"A chunk is {MinChunkBytes / 1024} KB to {MaxChunkBytes / 1024} KB, in whole KB.");
        }

        if (!errors.IsEmpty)
        {
            return new Failure.Invalid(errors);
        }

        if (await ChangeableAsync(clientId, submissionId, cancellationToken) is not { } draft)
        {
            return await Missing(clientId, submissionId, cancellationToken);
        }

        var rows = Unsent(draft, await RowsAsync(clientId, submissionId, cancellationToken));
        if (rows.Count >= MaxFiles)
        {
            return Failure.Invalid.Field("size", $"A submission may have at most {MaxFiles} files. Remove one first.");
        }

        var total = rows.Sum(r => r.Size);
        if (total + size > MaxSubmissionBytes)
        {
            return Failure.Invalid.Field("size", $"A submission's files may be {MaxSubmissionBytes / (1024 * 1024)} MB in all; {FormatMegabytes(MaxSubmissionBytes - total)} MB are left.");
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var row = new AttachmentEntity
        {
            PartitionKey = clientId,
            RowKey = RowKey(submissionId, id),
            Name = clean,
            Size = size,
            ChunkSize = chunkSize ?? MaxChunkBytes,
            Status = Vocabulary<AttachmentStatus>.Text(AttachmentStatus.Uploading),
            Blob = $"{clientId}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}",
            CreatedBy = editor.UserId,
            CreatedByName = editor.Name,
            CreatedAt = time.GetUtcNow(),
        };

        // Indexed first: a draft's in the draft's own hour and under its guard (deleted with the draft, kept while the draft is); an
        // answer's for the period ES has to fetch it.
        if (draft.RetentionStamp is { } stamp)
        {
            await retention.AddAsync(RetentionKind.Drafts, draft.ExpiresAt - retentionOptions.Value.PeriodOf(RetentionKind.Drafts), cancellationToken, Target(row, DraftGuard(draft.RowKey, stamp)));
        }
        else
        {
            await retention.AddAsync(RetentionKind.SubmissionFiles, row.CreatedAt, cancellationToken, Target(row, null));
        }

        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        await table.AddEntityAsync(row, cancellationToken);
        return View(row, received: 0);
    }

    /// <summary>Stages chunk <paramref name="index"/> (from 0); every chunk but the last is the upload's chunk size, the last what is left.</summary>
    public async Task<Outcome<Done>> PutChunkAsync(string clientId, string submissionId, string attachmentId, int index, byte[] chunk, CancellationToken cancellationToken)
    {
        if (await RowAsync(clientId, submissionId, attachmentId, cancellationToken) is not { } row)
        {
            return NoSuchFile;
        }

        if (Vocabulary<AttachmentStatus>.Stored(row.Status) != AttachmentStatus.Uploading)
        {
            return new Failure.Conflict(ProblemTypes.Conflict, "This file is uploaded already.", "Its chunks can no longer change.");
        }

        var chunks = ChunkCount(row);
        if (index < 0 || index >= chunks)
        {
            return Failure.Invalid.Field("index", $"This file has chunks 0 to {chunks - 1}.");
        }

        var expected = ChunkLength(row, index);
        if (chunk.Length != expected)
        {
            return Failure.Invalid.Field("body", $"Chunk {index} must be {expected} bytes; this one is {chunk.Length}.");
        }

        var blob = await BlobAsync(row, cancellationToken);
        if (chunks > 1)
        {
            await blob.StageBlockAsync(BlockId(index), new MemoryStream(chunk, writable: false), cancellationToken: cancellationToken);
            return Done.Instance;
        }

        // The whole file in one chunk: written as the blob and judged at once from the bytes in hand (finishing then answers it as it is),
        // while the submission still takes files (as finishing checks).
        if (await ChangeableAsync(clientId, submissionId, cancellationToken) is not { } submission || !IsUnsent(submission, row))
        {
            return await Missing(clientId, submissionId, cancellationToken);
        }

        await blob.UploadAsync(new MemoryStream(chunk, writable: false), cancellationToken: cancellationToken);
        var judged = await JudgeAsync(row, chunk, blob, cancellationToken);
        return judged.Failure is { } refused ? refused : Done.Instance;
    }

    /// <summary>
    /// Commits the chunks and judges the file. Ready: its kind, SHA-256 and name with its kind's extension. Refused: the blob and the
    /// row are deleted and the answer says why. Safe to repeat: a ready file is answered as it is; a commit a crash left is not redone.
    /// </summary>
    public async Task<Outcome<SubmissionAttachment>> FinishAsync(string clientId, string submissionId, string attachmentId, CancellationToken cancellationToken)
    {
        if (await RowAsync(clientId, submissionId, attachmentId, cancellationToken) is not { } row)
        {
            return NoSuchFile;
        }

        if (Vocabulary<AttachmentStatus>.Stored(row.Status) == AttachmentStatus.Ready)
        {
            return View(row, row.Size);
        }

        if (await ChangeableAsync(clientId, submissionId, cancellationToken) is not { } submission || !IsUnsent(submission, row))
        {
            return await Missing(clientId, submissionId, cancellationToken);
        }

        var blob = await BlobAsync(row, cancellationToken);
        var blocks = await BlocksAsync(blob, BlockListTypes.All, cancellationToken);
        var ids = Enumerable.Range(0, ChunkCount(row)).Select(BlockId).ToList();
        if (!Complete(blocks.Committed, ids, row))
        {
            if (!Complete(blocks.Uncommitted, ids, row))
            {
                var received = Received(blocks.Uncommitted, row);
                return Failure.Invalid.Field("chunks", $"The upload is not complete: {received} of {row.Size} bytes have arrived. Send the chunks from byte {received} on.");
            }

            await blob.CommitBlockListAsync(ids, cancellationToken: cancellationToken);
        }

        var downloaded = (await blob.DownloadContentAsync(cancellationToken)).Value.Content.ToMemory();
        var content = MemoryMarshal.TryGetArray(downloaded, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length ? segment.Array : downloaded.ToArray();
        return await JudgeAsync(row, content, blob, cancellationToken);
    }

    /// <summary>The committed file judged: ready with its kind, SHA-256 and name; or refused, its blob and row deleted, with the reason.</summary>
    private async Task<Outcome<SubmissionAttachment>> JudgeAsync(AttachmentEntity row, byte[] content, BlockBlobClient blob, CancellationToken cancellationToken)
    {
        var verdict = AttachmentCheck.Judge(content);
        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        if (verdict.Kind is not { } kind)
        {
            await blob.DeleteIfExistsAsync(cancellationToken: cancellationToken);
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
            return Failure.Invalid.Field("file", $"“{row.Name}” {verdict.Problem}");
        }

        row.Status = Vocabulary<AttachmentStatus>.Text(AttachmentStatus.Ready);
        row.Kind = kind.Name;
        row.Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        row.SignedBy = verdict.SignedBy is { } signer ? Truncate(signer, 500) : null;
        row.Name = WithExtension(row.Name, kind);
        try
        {
            await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            // Finished (or removed) at the same moment by another request: theirs stands.
            return await RowAsync(row.PartitionKey, row.RowKey.Split('|')[1], IdOf(row), cancellationToken) is { } latest ? View(latest, latest.Size) : NoSuchFile;
        }

        return View(row, row.Size);
    }

    /// <summary>Removes a draft's file, uploaded or not.</summary>
    public async Task<Outcome<Done>> DeleteAsync(string clientId, string submissionId, string attachmentId, CancellationToken cancellationToken)
    {
        if (await RowAsync(clientId, submissionId, attachmentId, cancellationToken) is not { } row)
        {
            return NoSuchFile;
        }

        if (await ChangeableAsync(clientId, submissionId, cancellationToken) is not { } submission || !IsUnsent(submission, row))
        {
            return await Missing(clientId, submissionId, cancellationToken);
        }

        await submissions.DeleteFilesAsync(await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken), [row], cancellationToken);
        return Done.Instance;
    }

    /// <summary>A submission's files, the oldest first; an upload not finished says how far it has come.</summary>
    public async Task<IReadOnlyList<SubmissionAttachment>> ListAsync(string clientId, string submissionId, CancellationToken cancellationToken)
    {
        var list = new List<SubmissionAttachment>();
        var submission = await submissions.RowAsync(clientId, submissionId, cancellationToken);
        var sent = SentIds(submission);
        foreach (var row in await RowsAsync(clientId, submissionId, cancellationToken))
        {
            var received = row.Size;
            if (Vocabulary<AttachmentStatus>.Stored(row.Status) == AttachmentStatus.Uploading)
            {
                received = Received((await BlocksAsync(await BlobAsync(row, cancellationToken), BlockListTypes.Uncommitted, cancellationToken)).Uncommitted, row);
            }

            list.Add(View(row, received) with { SentWith = sent.Contains(IdOf(row)) ? "submission" : row.Answer is not null ? "answer" : null });
        }

        return list;
    }

    /// <summary>A ready file's bytes, for a member of the client or the back office; null when there is no such file ready.</summary>
    public async Task<(SubmissionAttachment File, Stream Content)?> OpenAsync(string clientId, string submissionId, string attachmentId, CancellationToken cancellationToken)
    {
        if (await RowAsync(clientId, submissionId, attachmentId, cancellationToken) is not { } row || Vocabulary<AttachmentStatus>.Stored(row.Status) != AttachmentStatus.Ready)
        {
            return null;
        }

        var blob = await BlobAsync(row, cancellationToken);
        try
        {
            return (View(row, row.Size), (await blob.OpenReadAsync(cancellationToken: cancellationToken)));
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// A file sent to ES (with the submission or an answer), for the back office (<c>GET /api/backoffice/submissions/{id}/attachments/{attachmentId}</c>),
    /// on the client's audit trail; null when the submission has sent no such file, or it is no longer kept.
    /// </summary>
    public async Task<(SubmissionAttachment File, Stream Content)?> FetchAsync(string submissionId, string attachmentId, string actor, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        if (await SubmissionOwners.ClientOfAsync(table, submissionId, cancellationToken) is not { } clientId
            || await submissions.RowAsync(clientId, submissionId, cancellationToken) is not { } submission
            || await RowAsync(clientId, submissionId, attachmentId, cancellationToken) is not { } row
            || IsUnsent(submission, row)
            || await OpenAsync(clientId, submissionId, attachmentId, cancellationToken) is not { } found)
        {
            return null;
        }

        await audit.AppendAsync(AuditTrail.ClientChain(clientId), actor, clientId, AuditActions.SubmissionAttachmentFetch,
            $"submission|{submissionId}|attachment|{attachmentId}|sha256:{row.Sha256}", AuditActions.Succeeded, origin, cancellationToken);
        return found;
    }

    /// <summary>The files an answer names: each one of the submission's, ready and not sent yet; else which is wrong, by its place in the list.</summary>
    internal async Task<Outcome<List<AttachmentEntity>>> ForAnswerAsync(SubmissionEntity submission, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new List<AttachmentEntity>();
        }

        var rows = Unsent(submission, await RowsAsync(submission.PartitionKey, submission.RowKey, cancellationToken)).ToDictionary(IdOf, StringComparer.Ordinal);
        var errors = new FieldErrors();
        var files = new List<AttachmentEntity>();
        for (var i = 0; i < ids.Count; i++)
        {
            if (!rows.TryGetValue(ids[i], out var row) || Vocabulary<AttachmentStatus>.Stored(row.Status) != AttachmentStatus.Ready)
            {
                errors.Add($"attachmentIds[{i}]", "No file uploaded for this answer has this id, or its upload is not finished.");
            }
            else
            {
                files.Add(row);
            }
        }

        if (!errors.IsEmpty)
        {
            return new Failure.Invalid(errors);
        }

        return files;
    }

    /// <summary>Whether a file is still the user's to change: a draft's, or one added for an answer and not sent with it.</summary>
    private static bool IsUnsent(SubmissionEntity submission, AttachmentEntity row) => IsUnsent(SentIds(submission), row);

    private static bool IsUnsent(HashSet<string> sentWithSubmission, AttachmentEntity row) => row.Answer is null && !sentWithSubmission.Contains(IdOf(row));

    /// <summary>The files a submission is still the user's to change, its list of files sent read once for all of them.</summary>
    private static List<AttachmentEntity> Unsent(SubmissionEntity submission, IEnumerable<AttachmentEntity> rows)
    {
        var sent = SentIds(submission);
        return [.. rows.Where(row => IsUnsent(sent, row))];
    }

    /// <summary>The ids of the files a submission was sent with (none for a draft).</summary>
    private static HashSet<string> SentIds(SubmissionEntity? submission) =>
        submission is null ? [] : Submissions.SentFiles(submission).Select(file => file.Id).ToHashSet(StringComparer.Ordinal);

    internal async Task<IReadOnlyList<AttachmentEntity>> RowsAsync(string clientId, string submissionId, CancellationToken cancellationToken) =>
        await AttachmentRows.ReadAsync(await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken), clientId, submissionId, cancellationToken);

    internal static string RowKey(string submissionId, string attachmentId) => $"{AttachmentRows.Prefix(submissionId)}{attachmentId}";

    internal static RetentionGuard DraftGuard(string submissionId, string stamp) => new(submissionId, nameof(SubmissionEntity.RetentionStamp), stamp);

    internal static RetentionTarget Target(AttachmentEntity row, RetentionGuard? guard) =>
        new(StorageNames.SubmissionsTable, row.PartitionKey, row.RowKey, $"{StorageNames.SubmissionFilesContainer}/{row.Blob}", guard);

    internal static SentAttachment Sent(AttachmentEntity row) =>
        new(IdOf(row), row.Name, row.Kind!, row.Size, row.Sha256!, row.SignedBy);

    internal static string IdOf(AttachmentEntity row) => row.RowKey[(row.RowKey.LastIndexOf('|') + 1)..];

    internal static SubmissionAttachment View(AttachmentEntity row, long received)
    {
        var kind = AttachmentKind.Named(row.Kind);
        return new(IdOf(row), row.Name, row.Size, Vocabulary<AttachmentStatus>.Stored(row.Status), row.ChunkSize, received,
            kind?.Name, kind?.MediaType, row.Sha256, row.SignedBy, row.CreatedAt, row.CreatedByName);
    }

    /// <summary>
    /// The uploader's file name made safe to keep and to offer again: its last path segment, in Unicode's composed form, without
    /// control characters or those that are special to file systems, at most <see cref="MaxNameLength"/> characters.
    /// </summary>
    public static string CleanName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var last = name.Replace('\\', '/').Split('/')[^1].Normalize(NormalizationForm.FormC);
        var text = new StringBuilder(last.Length);
        foreach (var c in last)
        {
            text.Append(char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned || "<>:\"|?*".Contains(c) ? '_' : c);
        }

        var clean = string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ', '_');
        return Truncate(clean, MaxNameLength);
    }

    /// <summary>The name with the extension of what the file is (a PDF named ".png" is offered as ".pdf"); ".asice" stays for a signed container.</summary>
    internal static string WithExtension(string name, AttachmentKind kind)
    {
        var extension = Path.GetExtension(name);
        var stem = extension.Length > 0 ? name[..^extension.Length] : name;
        if (kind == AttachmentKind.Asice && extension.Equals(".asice", StringComparison.OrdinalIgnoreCase))
        {
            return name;
        }

        var keep = extension.Equals(kind.Extension, StringComparison.OrdinalIgnoreCase) || (kind == AttachmentKind.Jpeg && extension.Equals(".jpeg", StringComparison.OrdinalIgnoreCase));
        return keep ? name : $"{Truncate(stem.Length == 0 ? "file" : stem, MaxNameLength - kind.Extension.Length)}{kind.Extension}";
    }

    private static Failure NoSuchFile => new Failure.NotFound("There is no such file on this submission.");

    private static string BlockId(int index) => Convert.ToBase64String(Encoding.ASCII.GetBytes(index.ToString("D6", CultureInfo.InvariantCulture)));

    private static int ChunkCount(AttachmentEntity row) => (int)((row.Size + row.ChunkSize - 1) / row.ChunkSize);

    private static long ChunkLength(AttachmentEntity row, int index) => Math.Min(row.ChunkSize, row.Size - ((long)index * row.ChunkSize));

    /// <summary>Whether <paramref name="blocks"/> hold every chunk with its length.</summary>
    private static bool Complete(IEnumerable<BlobBlock> blocks, List<string> ids, AttachmentEntity row)
    {
        var sizes = blocks.ToDictionary(b => b.Name, b => b.SizeLong, StringComparer.Ordinal);
        return ids.Select((id, index) => sizes.TryGetValue(id, out var size) && size == ChunkLength(row, index)).All(ok => ok);
    }

    /// <summary>The bytes acknowledged without a gap from the start: what a resumed upload need not send again.</summary>
    private static long Received(IEnumerable<BlobBlock> blocks, AttachmentEntity row)
    {
        var sizes = blocks.ToDictionary(b => b.Name, b => b.SizeLong, StringComparer.Ordinal);
        long received = 0;
        for (var index = 0; index < ChunkCount(row) && sizes.TryGetValue(BlockId(index), out var size) && size == ChunkLength(row, index); index++)
        {
            received += size;
        }

        return received;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    private static string FormatMegabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The blob's blocks; none before the first chunk is staged (the blob does not exist yet).</summary>
    private static async Task<(IEnumerable<BlobBlock> Committed, IEnumerable<BlobBlock> Uncommitted)> BlocksAsync(BlockBlobClient blob, BlockListTypes types, CancellationToken cancellationToken)
    {
        try
        {
            var list = (await blob.GetBlockListAsync(types, cancellationToken: cancellationToken)).Value;
            return (list.CommittedBlocks ?? [], list.UncommittedBlocks ?? []);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return ([], []);
        }
    }

    private async Task<BlockBlobClient> BlobAsync(AttachmentEntity row, CancellationToken cancellationToken) =>
        (await storage.ContainerAsync(StorageNames.SubmissionFilesContainer, cancellationToken)).GetBlockBlobClient(row.Blob);

    /// <summary>The submission, while its files may change: a draft, or a sent one ES asks for information on (files for the answer).</summary>
    private async Task<SubmissionEntity?> ChangeableAsync(string clientId, string submissionId, CancellationToken cancellationToken) =>
        await submissions.RowAsync(clientId, submissionId, cancellationToken) is { } row
        && Vocabulary<SubmissionStatus>.Stored(row.Status) is var status && (status == SubmissionStatus.Draft || SubmissionProgress.MayAnswer(status)) ? row : null;

    private async Task<Failure> Missing(string clientId, string submissionId, CancellationToken cancellationToken) =>
        await submissions.RowAsync(clientId, submissionId, cancellationToken) is null
            ? new Failure.NotFound("There is no such submission, or it is no longer kept.")
            : new Failure.Conflict(ProblemTypes.Conflict, "It has been sent: its files no longer change.", "Files are added to a draft, or to an answer while ES asks for information.");

    private async Task<AttachmentEntity?> RowAsync(string clientId, string submissionId, string attachmentId, CancellationToken cancellationToken)
    {
        if (!PortalIds.IsValid(submissionId) || !PortalIds.IsValid(attachmentId))
        {
            return null;
        }

        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<AttachmentEntity>(clientId, RowKey(submissionId, attachmentId), cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }
}

/// <summary>The attachment rows of one submission: a range of its client's partition.</summary>
internal static class AttachmentRows
{
    public static string Prefix(string submissionId) => $"attachment|{submissionId}|";

    public static async Task<IReadOnlyList<AttachmentEntity>> ReadAsync(TableClient table, string clientId, string submissionId, CancellationToken cancellationToken)
    {
        var from = Prefix(submissionId);
        var to = from[..^1] + "}";
        var rows = new List<AttachmentEntity>();
        await foreach (var row in table.QueryAsync<AttachmentEntity>(r => r.PartitionKey == clientId && r.RowKey.CompareTo(from) >= 0 && r.RowKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return [.. rows.OrderBy(r => r.CreatedAt)];
    }
}
