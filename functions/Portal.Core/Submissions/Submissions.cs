using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Portal.Core.Privacy;
using Portal.Core.Storage;

namespace Portal.Core.Submissions;

/// <summary>
/// A client's submissions, from the first change of a draft. A draft is saved whole with the ETag the saver read (a save from a
/// stale copy, such as a second tab, is refused with the latest), is the client's (any member with the submit scope sees and
/// continues it), and is deleted by the retention timer Retention:DraftsDays after its last change.
/// </summary>
public sealed class Submissions(PortalStorage storage, RetentionIndex retention, IOptions<RetentionOptions> retentionOptions, FormCatalog forms, TimeProvider time)
{
    /// <summary>A client's list shows this many, the newest first.</summary>
    public const int ListSize = 200;

    public async Task<Submission> CreateAsync(string clientId, Editor editor, FormDefinition form, JsonElement content, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = PortalIds.NewestFirst(now);
        var row = new SubmissionEntity
        {
            PartitionKey = clientId,
            RowKey = id,
            Kind = form.Kind,
            FormVersion = form.Version,
            Status = Vocabulary<SubmissionStatus>.Text(SubmissionStatus.Draft),
            Content = content.GetRawText(),
            CreatedBy = editor.UserId,
            CreatedByName = editor.Name,
            CreatedAt = now,
        };
        await KeepAsync(row, editor, now, cancellationToken);
        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        var added = await table.AddEntityAsync(row, cancellationToken);
        row.ETag = added.Headers.ETag ?? default;
        return View(row);
    }

    /// <summary>Replaces a draft's content, if <paramref name="ifMatch"/> is the ETag of the draft as it stands.</summary>
    public async Task<DraftChange> SaveAsync(string clientId, string id, ETag ifMatch, Editor editor, JsonElement content, CancellationToken cancellationToken)
    {
        if (await RowAsync(clientId, id, cancellationToken) is not { } row)
        {
            return new(DraftOutcome.NotFound, null);
        }

        if (Refused(row, ifMatch) is { } refused)
        {
            return refused;
        }

        var now = time.GetUtcNow();
        // What the server set when the draft began (a permit's values as they were) stays as it was.
        row.Content = (forms.Find(row.Kind, row.FormVersion) is { } form ? PermitPrefill.KeepSnapshots(form, row.Content, content) : content).GetRawText();
        await KeepAsync(row, editor, now, cancellationToken);
        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        try
        {
            var updated = await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
            row.ETag = updated.Headers.ETag ?? default;
            return new(DraftOutcome.Done, View(row));
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            // Saved from elsewhere between the read and this write.
            return await RowAsync(clientId, id, cancellationToken) is { } latest ? new(DraftOutcome.Stale, View(latest)) : new(DraftOutcome.NotFound, null);
        }
    }

    /// <summary>Deletes a draft; with <paramref name="ifMatch"/>, only the copy it names.</summary>
    public async Task<DraftChange> DeleteAsync(string clientId, string id, ETag? ifMatch, CancellationToken cancellationToken)
    {
        if (await RowAsync(clientId, id, cancellationToken) is not { } row)
        {
            return new(DraftOutcome.NotFound, null);
        }

        if (Refused(row, ifMatch ?? ETag.All) is { } refused)
        {
            return refused;
        }

        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        try
        {
            // Its files first: a crash in between leaves the draft, which a repeat deletes with what is left.
            await DeleteFilesAsync(table, await AttachmentRows.ReadAsync(table, clientId, id, cancellationToken), cancellationToken);
            await table.DeleteEntityAsync(clientId, id, row.ETag, cancellationToken);
            return new(DraftOutcome.Done, null);
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            return await RowAsync(clientId, id, cancellationToken) is { } latest ? new(DraftOutcome.Stale, View(latest)) : new(DraftOutcome.Done, null);
        }
    }

    public async Task<Submission?> FindAsync(string clientId, string id, CancellationToken cancellationToken) =>
        await RowAsync(clientId, id, cancellationToken) is { } row ? View(row) : null;

    /// <summary>The client's submissions, the newest first, without their content.</summary>
    public async Task<IReadOnlyList<SubmissionSummary>> ListAsync(string clientId, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        var list = new List<SubmissionSummary>();
        string[] columns =
        [
            nameof(ITableEntity.RowKey), nameof(SubmissionEntity.Kind), nameof(SubmissionEntity.FormVersion), nameof(SubmissionEntity.Status), nameof(SubmissionEntity.CreatedAt),
            nameof(SubmissionEntity.CreatedByName), nameof(SubmissionEntity.UpdatedAt), nameof(SubmissionEntity.UpdatedByName), nameof(SubmissionEntity.ExpiresAt),
        ];
        var now = time.GetUtcNow();
        // Submission ids begin with a digit; the partition's other rows (its outbox messages) with a letter.
        await foreach (var row in table.QueryAsync<SubmissionEntity>(r => r.PartitionKey == clientId && r.RowKey.CompareTo(":") < 0, maxPerPage: ListSize, select: columns, cancellationToken: cancellationToken))
        {
            if (Kept(row, now))
            {
                list.Add(new(row.RowKey, row.Kind, row.FormVersion, Vocabulary<SubmissionStatus>.Stored(row.Status), row.CreatedAt, row.CreatedByName, row.UpdatedAt, row.UpdatedByName, row.ExpiresAt));
            }

            if (list.Count == ListSize)
            {
                break;
            }
        }

        return list;
    }

    /// <summary>
    /// What waits for the client's members (the dashboard): its drafts, the last changed first, and what ES asked them to answer. The same
    /// single read as <see cref="ListAsync"/> (one range of the partition's newest rows, without their content): no row of its own to keep.
    /// </summary>
    public async Task<SubmissionsWaiting> WaitingAsync(string clientId, int shown, CancellationToken cancellationToken)
    {
        var list = await ListAsync(clientId, cancellationToken);
        var drafts = list.Where(s => s.Status == SubmissionStatus.Draft).OrderByDescending(s => s.UpdatedAt).ToList();
        return new(drafts.Count, [.. drafts.Take(shown)], [.. list.Where(s => SubmissionProgress.MayAnswer(s.Status)).Take(shown)]);
    }

    /// <summary>
    /// The drafts that lapse from <paramref name="from"/> until <paramref name="to"/>, for the reminder digest: found through the retention
    /// index's hour partitions of that time (kind drafts, the drafts' own rows), never a scan of the clients. Each is read to make sure it is
    /// still a draft whose expiry is the hour indexed: a save since moved it, and a draft sent or deleted no longer lapses.
    /// </summary>
    public async Task<IReadOnlyList<LapsingDraft>> LapsingAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var index = await storage.TableAsync(StorageNames.RetentionIndexTable, cancellationToken);
        var kind = PrivacyNotice.Word(RetentionKind.Drafts);
        var drafts = new List<LapsingDraft>();
        for (var hour = new DateTimeOffset(from.UtcDateTime.Date.AddHours(from.UtcDateTime.Hour), TimeSpan.Zero); hour < to; hour = hour.AddHours(1))
        {
            var stamp = RetentionIndexEntity.PartitionFor(hour);
            string[] columns = [nameof(RetentionIndexEntity.Kind), nameof(RetentionIndexEntity.TableName), nameof(RetentionIndexEntity.EntryPartition), nameof(RetentionIndexEntity.EntryRow)];
            await foreach (var entry in index.QueryAsync<RetentionIndexEntity>(e => e.PartitionKey == stamp, select: columns, cancellationToken: cancellationToken))
            {
                if (entry.Kind == kind && entry.TableName == StorageNames.SubmissionsTable && PortalIds.IsValid(entry.EntryRow)
                    && await RowAsync(entry.EntryPartition, entry.EntryRow, cancellationToken) is { } row && row.RetentionStamp == stamp
                    && Vocabulary<SubmissionStatus>.Stored(row.Status) == SubmissionStatus.Draft && row.ExpiresAt >= from && row.ExpiresAt < to)
                {
                    drafts.Add(new(row.PartitionKey, row.RowKey, row.Kind, row.FormVersion, row.UpdatedBy, row.ExpiresAt));
                }
            }
        }

        return drafts;
    }

    /// <summary>A sent submission as its receipt states it; null while it is a draft or still sending.</summary>
    public async Task<(FormDefinition Form, SentSubmission Sent)?> SentAsync(string clientId, string id, string clientName, CancellationToken cancellationToken)
    {
        if (await RowAsync(clientId, id, cancellationToken) is not { ReceiptNumber: { } number, SubmittedAt: { } at, Sha256: { } sha256 } row
            || !SubmissionProgress.IsSent(Vocabulary<SubmissionStatus>.Stored(row.Status)) || forms.Find(row.Kind, row.FormVersion) is not { } form)
        {
            return null;
        }

        using var content = JsonDocument.Parse(row.Content);
        return (form, new SentSubmission(number, clientName, at, row.UpdatedByName, sha256, content.RootElement.Clone(), SentFiles(row)));
    }

    private DraftChange? Refused(SubmissionEntity row, ETag ifMatch) =>
        Vocabulary<SubmissionStatus>.Stored(row.Status) != SubmissionStatus.Draft ? new(DraftOutcome.NotDraft, View(row))
        : ifMatch != ETag.All && ifMatch != row.ETag ? new(DraftOutcome.Stale, View(row))
        : null;

    /// <summary>
    /// Marks the change and keeps the draft Retention:DraftsDays from now. The retention index row is written first, and only when
    /// the draft's expiry moves to another hour (the index's partition): saves as the user types cost the index one write an hour.
    /// </summary>
    private async Task KeepAsync(SubmissionEntity row, Editor editor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        row.UpdatedAt = now;
        row.UpdatedBy = editor.UserId;
        row.UpdatedByName = editor.Name;
        var expires = now + retentionOptions.Value.PeriodOf(RetentionKind.Drafts);
        var stamp = RetentionIndexEntity.PartitionFor(expires);
        if (row.RetentionStamp != stamp)
        {
            // The draft's files go with it: indexed in the same hour under the same guard.
            var guard = SubmissionAttachments.DraftGuard(row.RowKey, stamp);
            var files = row.RetentionStamp is null ? []
                : await AttachmentRows.ReadAsync(await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken), row.PartitionKey, row.RowKey, cancellationToken);
            row.ExpiresAt = await retention.AddAsync(RetentionKind.Drafts, now, cancellationToken,
                [new RetentionTarget(StorageNames.SubmissionsTable, row.PartitionKey, row.RowKey, Guard: guard), .. files.Select(file => SubmissionAttachments.Target(file, guard))]);
            row.RetentionStamp = stamp;
        }
    }

    /// <summary>Deletes files and then their rows (a crash in between leaves rows whose retention entries delete them with the draft).</summary>
    internal async Task DeleteFilesAsync(TableClient table, IEnumerable<AttachmentEntity> rows, CancellationToken cancellationToken)
    {
        var container = await storage.ContainerAsync(StorageNames.SubmissionFilesContainer, cancellationToken);
        foreach (var row in rows)
        {
            await container.GetBlobClient(row.Blob).DeleteIfExistsAsync(cancellationToken: cancellationToken);
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }
    }

    internal async Task<SubmissionEntity?> RowAsync(string clientId, string id, CancellationToken cancellationToken)
    {
        if (!PortalIds.IsValid(id))
        {
            return null;
        }

        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<SubmissionEntity>(clientId, id, cancellationToken: cancellationToken);
        return found.HasValue && Kept(found.Value!, time.GetUtcNow()) ? found.Value : null;
    }

    /// <summary>A draft lapses at its <see cref="SubmissionEntity.ExpiresAt"/>; a sent submission is evidence (§23.3) and stays.</summary>
    private static bool Kept(SubmissionEntity row, DateTimeOffset now) => row.ExpiresAt > now || Vocabulary<SubmissionStatus>.Stored(row.Status) != SubmissionStatus.Draft;

    internal Submission View(SubmissionEntity row)
    {
        using var document = JsonDocument.Parse(row.Content);
        var content = document.RootElement.Clone();
        var problems = forms.Find(row.Kind, row.FormVersion) is { } form ? FormValidation.Validate(form, content) : new Outcomes.FieldErrors().Add($"The form {row.Kind} version {row.FormVersion} is no longer offered.");
        return new(row.RowKey, row.Kind, row.FormVersion, Vocabulary<SubmissionStatus>.Stored(row.Status), content, problems,
            row.CreatedAt, row.CreatedByName, row.UpdatedAt, row.UpdatedByName, row.ExpiresAt, row.ETag.ToString())
        {
            Attachments = [.. SentFiles(row).Select(file => new SubmissionAttachment(file.Id, file.Name, file.Size, AttachmentStatus.Ready, 0, file.Size,
                file.Kind, Documents.AttachmentKind.Named(file.Kind)?.MediaType, file.Sha256, file.SignedBy, row.SubmitStartedAt ?? row.UpdatedAt, row.UpdatedByName))],
        };
    }

    /// <summary>The files a confirmed submission was sent with (none for a draft: its files are rows of their own).</summary>
    internal static IReadOnlyList<SentAttachment> SentFiles(SubmissionEntity row) => SentFiles(row.Attachments);

    /// <summary>Files as sent (a submission's, an answer's), from their JSON; none for null.</summary>
    internal static IReadOnlyList<SentAttachment> SentFiles(string? json) =>
        json is { Length: > 0 } ? JsonSerializer.Deserialize(json, SubmissionsJson.Default.IReadOnlyListSentAttachment) ?? [] : [];
}
