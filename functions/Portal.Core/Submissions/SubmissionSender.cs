using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.BackOffice;
using Portal.Core.Clients;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;
using Portal.Core.Privacy;
using Portal.Core.Storage;

namespace Portal.Core.Submissions;

/// <summary>
/// Sends a draft to ES (§20, §31), exactly once, by rolling forward as the registration approval does:
/// <list type="number">
/// <item>the confirmation is recorded first: a row in the <c>sending</c> partition (what the repair pass reads) and the submission's
/// owner (<see cref="SubmissionOwners"/>, for the back office), then the draft turns
/// <c>sending</c> (If-Match) with the key, the fingerprint, the submitter, the origin and the SHA-256 of its canonical JSON; its content
/// is fixed from here on and the drafts' retention no longer applies;</item>
/// <item>the receipt number is taken for it (<see cref="ReceiptNumbers"/>: taken once, the same again on a repeat);</item>
/// <item>one transaction in the client's partition: the submission <c>submitted</c> with its number and time, the back-office event and
/// the submitter's email (the outbox);</item>
/// <item>the audit trail gets the receipt number and the hash; the <c>sending</c> row goes.</item>
/// </list>
/// Each step is safe to repeat. A repeat of the same submit (same user and key) finishes what the first left, or returns its result; the
/// <c>SubmissionRepair</c> timer finishes any left <c>sending</c> for longer than <see cref="RepairAfter"/>.
/// </summary>
public sealed class SubmissionSender(
    PortalStorage storage,
    Submissions submissions,
    SubmissionAttachments attachments,
    RetentionIndex retention,
    FormCatalog forms,
    ReceiptNumbers numbers,
    PasswordAttempts attempts,
    AccountStore accounts,
    ClientStore clients,
    Outbox outbox,
    AuditTrail audit,
    IOptions<PortalOptions> portal,
    TimeProvider time,
    ILogger<SubmissionSender> logger)
{
    /// <summary>A submission still sending after this long was cut short: a repeat or the repair pass finishes it.</summary>
    public static readonly TimeSpan RepairAfter = TimeSpan.FromMinutes(5);

    internal const string SendingPartition = "sending";

    public async Task<Outcome<SubmitReceipt>> SubmitAsync(SubmitOrder order, CancellationToken cancellationToken)
    {
        if (await submissions.RowAsync(order.ClientId, order.SubmissionId, cancellationToken) is not { } row)
        {
            return new Failure.NotFound("There is no such submission, or it is no longer kept.");
        }

        var status = Vocabulary<SubmissionStatus>.Stored(row.Status);
        if (status != SubmissionStatus.Draft)
        {
            if (Repeat(row, order) is { } refused)
            {
                return refused;
            }

            return status != SubmissionStatus.Sending ? Receipt(row)
                : time.GetUtcNow() - row.SubmitStartedAt >= RepairAfter ? await FinishAsync(row, cancellationToken)
                : new Failure.Conflict(ProblemTypes.Conflict, "It is being sent right now.", "Ask again in a moment for its receipt.");
        }

        if (order.IfMatch is { } reviewed && reviewed != ETag.All && reviewed != row.ETag)
        {
            return new SubmissionStale(submissions.View(row));
        }

        var view = submissions.View(row);
        if (view.Problems.Count > 0)
        {
            var errors = new FieldErrors();
            foreach (var (path, messages) in view.Problems)
            {
                errors.Add($"content.{path}", messages);
            }

            return new Failure.Invalid(errors);
        }

        var files = await attachments.RowsAsync(order.ClientId, order.SubmissionId, cancellationToken);
        if (files.Any(file => Vocabulary<AttachmentStatus>.Stored(file.Status) != AttachmentStatus.Ready))
        {
            return Failure.Invalid.Field("attachments", "A file is still uploading: let it finish, or remove it, before sending.");
        }

        if (await StepUpAsync(order, cancellationToken) is { } wrongPassword)
        {
            return wrongPassword;
        }

        return await StartAsync(row, order, files, cancellationToken) is { } started ? await FinishAsync(started, cancellationToken) : new SubmissionStale(view);
    }

    /// <summary>Finishes every submission left sending for longer than <see cref="RepairAfter"/> (the repair timer).</summary>
    public async Task<int> FinishOpenAsync(CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        var before = time.GetUtcNow() - RepairAfter;
        var finished = 0;
        await foreach (var entry in table.QueryAsync<TableEntity>(e => e.PartitionKey == SendingPartition, cancellationToken: cancellationToken))
        {
            if (entry.GetDateTimeOffset("StartedAt") is { } started && started > before)
            {
                continue;
            }

            var (clientId, id) = (entry.RowKey.Split('|')[0], entry.RowKey.Split('|')[^1]);
            var row = await submissions.RowAsync(clientId, id, cancellationToken);
            if (row is not null && Vocabulary<SubmissionStatus>.Stored(row.Status) != SubmissionStatus.Draft)
            {
                await FinishAsync(row, cancellationToken);
                logger.LogWarning("Finished the submission {SubmissionId} of client {ClientId}, left sending since {StartedAt}.", id, clientId, row.SubmitStartedAt);
                finished++;
            }
            else
            {
                // The confirmation never reached the draft (or the draft is gone): nothing was sent.
                await table.DeleteEntityAsync(entry.PartitionKey, entry.RowKey, ETag.All, cancellationToken);
            }
        }

        return finished;
    }

    /// <summary>The answer to a repeat of the same user's key: null when it is another submit (or another user's).</summary>
    private static Failure? Repeat(SubmissionEntity row, SubmitOrder order) =>
        row.SubmitKey != order.Key || row.SubmitUser != order.User.Id
            ? new Failure.Conflict(ProblemTypes.Conflict, "It has been sent already.", "Each submission is sent once; its receipt is on its page.")
            : row.SubmitFingerprint != order.Fingerprint
                ? new Failure.Unprocessable(ProblemTypes.IdempotencyKeyReused, "This Idempotency-Key was used with another request.", "Use a new key for another request.")
                : null;

    private static SubmitReceipt Receipt(SubmissionEntity row) => new(row.ReceiptNumber!, row.Sha256!, row.SubmittedAt!.Value);

    /// <summary>The password again (the security issue's step-up rule): counted toward the lockout, a refusal on the user's trail.</summary>
    private Task<Failure?> StepUpAsync(SubmitOrder order, CancellationToken cancellationToken) =>
        attempts.StepUpAsync(order.User, order.Password, order.Session, "password", order.Origin.IpAddress,
            result => audit.AppendAsync(AuditTrail.UserChain(order.User.Id), order.User.Id, order.ClientId, AuditActions.SubmissionSubmit, Target(order.SubmissionId), result, order.Origin, cancellationToken),
            cancellationToken);

    /// <summary>Step 1: the confirmation recorded; null when the draft changed in between (If-Match).</summary>
    private async Task<SubmissionEntity?> StartAsync(SubmissionEntity row, SubmitOrder order, IReadOnlyList<AttachmentEntity> files, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(SendingPartition, $"{row.PartitionKey}|{row.RowKey}") { ["StartedAt"] = now }, TableUpdateMode.Replace, cancellationToken);
        await table.UpsertEntityAsync(SubmissionOwners.Entry(row.PartitionKey, row.RowKey), TableUpdateMode.Replace, cancellationToken);
        using var content = JsonDocument.Parse(row.Content);
        row.Status = Vocabulary<SubmissionStatus>.Text(SubmissionStatus.Sending);
        row.SubmitKey = order.Key;
        row.SubmitUser = order.User.Id;
        row.SubmitFingerprint = order.Fingerprint;
        row.SubmitStartedAt = now;
        row.SubmitIpAddress = order.Origin.IpAddress;
        row.SubmitUserAgent = order.Origin.UserAgent;
        row.SubmitCorrelationId = order.Origin.CorrelationId;
        IReadOnlyList<SentAttachment> sent = [.. files.Select(file => SubmissionAttachments.Sent(file))];
        row.Attachments = JsonSerializer.Serialize(sent, SubmissionsJson.Default.IReadOnlyListSentAttachment);
        row.Sha256 = SubmissionHash.Of(row.PartitionKey, row.RowKey, row.Kind, row.FormVersion, content.RootElement, sent);
        (row.UpdatedBy, row.UpdatedByName) = Editor.Of(order.User);

        // Sent, it is evidence (§23.3): no longer a draft that lapses. Its files stay for the back office to fetch, then go; the
        // guard is the hash, so a confirmation that does not land (If-Match below) deletes nothing.
        row.RetentionStamp = null;
        row.ExpiresAt = DateTimeOffset.MaxValue;
        if (files.Count > 0)
        {
            var guard = new RetentionGuard(row.RowKey, nameof(SubmissionEntity.Sha256), row.Sha256);
            await retention.AddAsync(RetentionKind.SubmissionFiles, now, cancellationToken, [.. files.Select(file => SubmissionAttachments.Target(file, guard))]);
        }
        try
        {
            var updated = await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
            row.ETag = updated.Headers.ETag ?? default;
            return row;
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            return null;
        }
    }

    /// <summary>Steps 2 to 4, each safe to repeat.</summary>
    private async Task<SubmitReceipt> FinishAsync(SubmissionEntity row, CancellationToken cancellationToken)
    {
        var year = RigaCalendar.DateOf(row.SubmitStartedAt!.Value).Year;
        var number = await numbers.TakeAsync(year, row.PartitionKey, row.RowKey, cancellationToken);
        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        // Sent already but not yet on the audit trail (cut short after the transaction): only the last step is left.
        if (Vocabulary<SubmissionStatus>.Stored(row.Status) == SubmissionStatus.Sending)
        {
            row.Status = Vocabulary<SubmissionStatus>.Text(SubmissionStatus.Submitted);
            row.ReceiptNumber = number;
            row.SubmittedAt = time.GetUtcNow();
            try
            {
                await table.SubmitTransactionAsync(
                [
                    new(TableTransactionActionType.UpdateReplace, row, row.ETag),
                    await outbox.PrepareEventAsync(StorageNames.SubmissionsTable, row.PartitionKey, await EventAsync(row, cancellationToken), cancellationToken),
                    .. await EmailAsync(row, cancellationToken),
                ], cancellationToken);
            }
            catch (RequestFailedException exception) when (Contention.IsConflict(exception))
            {
                // Finished by a repeat or the repair pass at the same time: theirs stands.
                row = (await submissions.RowAsync(row.PartitionKey, row.RowKey, cancellationToken))!;
                return Receipt(row);
            }
        }

        var origin = new AuditOrigin(row.SubmitIpAddress ?? "", row.SubmitUserAgent ?? "", row.SubmitCorrelationId ?? "");
        await audit.AppendAsync(AuditTrail.UserChain(row.SubmitUser!), row.SubmitUser!, row.PartitionKey, AuditActions.SubmissionSubmit,
            $"{Target(row.RowKey)}|{row.ReceiptNumber}|sha256:{row.Sha256}", AuditActions.Succeeded, origin, cancellationToken);
        await table.DeleteEntityAsync(SendingPartition, $"{row.PartitionKey}|{row.RowKey}", ETag.All, cancellationToken);
        return Receipt(row);
    }

    private async Task<BackOfficeEvent> EventAsync(SubmissionEntity row, CancellationToken cancellationToken)
    {
        var client = await clients.GetAsync(row.PartitionKey, cancellationToken);
        return new BackOfficeEvent(BackOfficeEventTypes.SubmissionSubmitted, row.SubmittedAt!.Value, new Dictionary<string, string?>
        {
            ["submissionId"] = row.RowKey,
            ["clientId"] = row.PartitionKey,
            ["clientExternalId"] = client?.ExternalId,
            ["kind"] = row.Kind,
            ["formVersion"] = row.FormVersion.ToString(CultureInfo.InvariantCulture),
            ["receiptNumber"] = row.ReceiptNumber,
            ["sha256"] = row.Sha256,
            ["submittedBy"] = row.SubmitUser,
            ["submittedAt"] = row.SubmittedAt!.Value.ToString("O", CultureInfo.InvariantCulture),
            ["content"] = row.Content,
            ["attachments"] = row.Attachments ?? "[]",
        });
    }

    /// <summary>The submitter's email with the receipt's number and a link to it; none when the account is gone.</summary>
    private async Task<TableTransactionAction[]> EmailAsync(SubmissionEntity row, CancellationToken cancellationToken)
    {
        if (await accounts.GetAsync(row.SubmitUser!, cancellationToken) is not { } user)
        {
            return [];
        }

        var title = forms.Find(row.Kind, row.FormVersion)?.TitleIn(user.Language) ?? row.Kind;
        var message = new EmailMessage(user.Email, user.Language, EmailTemplates.SubmissionReceived, new Dictionary<string, string>
        {
            ["form"] = title,
            ["receiptNumber"] = row.ReceiptNumber!,
            ["time"] = EmailTemplates.RigaTime(row.SubmittedAt!.Value),
            ["sha256"] = row.Sha256!,
            ["receiptLink"] = portal.Value.LinkTo($"/api/clients/{row.PartitionKey}/submissions/{row.RowKey}/receipt"),
        });
        return [await outbox.PrepareAsync(StorageNames.SubmissionsTable, row.PartitionKey, message, cancellationToken)];
    }

    private static string Target(string submissionId) => $"submission|{submissionId}";
}
