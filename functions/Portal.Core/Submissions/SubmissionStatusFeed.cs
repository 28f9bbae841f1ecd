using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Core.Audit;
using Portal.Core.BackOffice;
using Portal.Core.Outcomes;
using Portal.Core.Storage;

namespace Portal.Core.Submissions;

/// <summary>
/// Statuses from the back office, applied one record at a time in the order given, each on its own (one bad record stops no other).
/// A record is versioned as the feed's records are (<see cref="PartitionFeed.Decide(string, long, string?, long, string)"/>): the
/// submission's status version held is compared, so a replay is <c>unchanged</c> and writes nothing, an older one is <c>stale</c> and
/// moves nothing back. A newer one is one transaction in the client's partition (<see cref="SubmissionHistory.ChangeAsync"/>): the
/// submission's status, its history entry and the emails; then the client's audit trail records it.
/// </summary>
public sealed partial class SubmissionStatusFeed(PortalStorage storage, SubmissionHistory history, ReceiptNumbers numbers, SubmissionNotices notices, AuditTrail audit, TimeProvider time)
{
    /// <summary>How far ahead of the portal's clock a change may be dated (the two clocks differ a little).</summary>
    public static readonly TimeSpan ClockLeeway = TimeSpan.FromMinutes(5);

    public async Task<IReadOnlyList<FeedResult>> ApplyAsync(IReadOnlyList<SubmissionStatusRecord> records, string actor, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var results = new List<FeedResult>();
        foreach (var record in records)
        {
            results.Add(await ApplyAsync(record, actor, origin, cancellationToken));
        }

        return results;
    }

    /// <summary>The record's checked values, or its field errors.</summary>
    internal static Outcome<ValidSubmissionStatus> Validate(SubmissionStatusRecord record, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        if (record.SubmissionId is null && record.ReceiptNumber is null)
        {
            errors.Add("submissionId", "Required: the portal's submission id (or its receiptNumber).");
        }

        if (record.SubmissionId is { } id && !PortalIds.IsValid(id))
        {
            errors.Add("submissionId", "The portal's submission id, as the submission.submitted event gave it.");
        }

        if (record.ReceiptNumber is { } number && !ReceiptNumberPattern().IsMatch(number))
        {
            errors.Add("receiptNumber", "A receipt number as the portal gave it: yyyy/nnnnnn.");
        }

        if (record.Version is not >= 1)
        {
            errors.Add("version", "Required: an integer of 1 or more, growing with each change of the submission's status.");
        }

        var status = Vocabulary<SubmissionStatus>.Parse(record.Status);
        if (status is not { } fed || !SubmissionProgress.FromBackOffice.Contains(fed))
        {
            errors.Add("status", $"One of: {string.Join(", ", SubmissionProgress.FromBackOffice.Select(Vocabulary<SubmissionStatus>.Text))}.");
        }

        var message = SubmissionText.Check(errors, "message", record.Message, status == SubmissionStatus.InformationRequested, "Required when asking for information: what ES needs.");
        var changedAt = default(DateTimeOffset);
        if (record.ChangedAt is not { } text || !InstantPattern().IsMatch(text) || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out changedAt))
        {
            errors.Add("changedAt", "Required: when the status changed, ISO 8601 with an offset (2026-12-01T09:30:00+02:00).");
        }
        else if (changedAt > now + ClockLeeway)
        {
            errors.Add("changedAt", "Not in the future.");
        }

        return errors.IsEmpty
            ? new ValidSubmissionStatus(record.SubmissionId, record.ReceiptNumber, record.Version!.Value, status!.Value, message, changedAt.ToUniversalTime())
            : new Failure.Invalid(errors);
    }

    /// <summary>What tells a replay from another change of the same version: the submission, the version, the status, the message and the time (as UTC).</summary>
    internal static string HashOf(string submissionId, ValidSubmissionStatus record) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f',
            submissionId, record.Version.ToString(CultureInfo.InvariantCulture), Vocabulary<SubmissionStatus>.Text(record.Status), record.Message ?? "", record.ChangedAt.ToString("O", CultureInfo.InvariantCulture)))));

    private async Task<FeedResult> ApplyAsync(SubmissionStatusRecord record, string actor, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var reference = record.Reference;
        var checkedRecord = Validate(record, time.GetUtcNow());
        if (checkedRecord.Failure is { } invalid)
        {
            return FeedResult.Rejected(reference, invalid);
        }

        var valid = checkedRecord.Value;
        var found = await ResolveAsync(valid, cancellationToken);
        if (found.Failure is { } unknown)
        {
            return FeedResult.Rejected(reference, unknown);
        }

        var (clientId, submissionId) = found.Value;
        var hash = HashOf(submissionId, valid);
        var result = await history.ChangeAsync<FeedResult>(clientId, submissionId, async row =>
        {
            if (!SubmissionProgress.IsSent(Vocabulary<SubmissionStatus>.Stored(row.Status)))
            {
                return new(FeedResult.Rejected(reference, Field(valid), "The submission has not been sent yet: the back office gets it with its receipt number."));
            }

            if (row.StatusVersion is { } held && PartitionFeed.Decide(reference, held, row.StatusHash, valid.Version, hash) is { } decided)
            {
                return new(decided);
            }

            var first = row.StatusVersion is null;
            var (shown, withdrawalOpen) = SubmissionProgress.AfterBackOffice(valid.Status, row.WithdrawalRequestedAt is not null);
            row.Status = Vocabulary<SubmissionStatus>.Text(shown);
            row.StatusVersion = valid.Version;
            row.StatusHash = hash;
            row.WithdrawalRequestedAt = withdrawalOpen ? row.WithdrawalRequestedAt : null;
            var entry = new SubmissionHistoryEntity
            {
                Kind = Vocabulary<HistoryEntryKind>.Text(HistoryEntryKind.Status),
                Status = Vocabulary<SubmissionStatus>.Text(valid.Status),
                Message = valid.Message,
                At = valid.ChangedAt,
                By = SubmissionHistoryEntry.Es,
                Version = valid.Version,
            };
            var emails = await notices.StatusChangedAsync(row, valid.Status, valid.Message, valid.ChangedAt, cancellationToken);
            return new(new FeedResult(reference, first ? FeedStatus.Created : FeedStatus.Updated, new FieldErrors()), entry, emails);
        }, cancellationToken) ?? FeedResult.Rejected(reference, Field(valid), "No sent submission has this id.");

        if (result.Status is FeedStatus.Created or FeedStatus.Updated)
        {
            await audit.AppendAsync(AuditTrail.ClientChain(clientId), actor, clientId, AuditActions.SubmissionStatus,
                $"submission|{submissionId}|{Vocabulary<SubmissionStatus>.Text(valid.Status)}|v{valid.Version}", AuditActions.Succeeded, origin, cancellationToken);
        }

        return result;
    }

    /// <summary>The client and submission the record names; a field error when it names none, or its id and number name two.</summary>
    private async Task<Outcome<(string ClientId, string SubmissionId)>> ResolveAsync(ValidSubmissionStatus record, CancellationToken cancellationToken)
    {
        if (record.ReceiptNumber is { } number)
        {
            if (await numbers.FindAsync(number, cancellationToken) is not { } given)
            {
                return Failure.Invalid.Field("receiptNumber", "No submission has this receipt number.");
            }

            return record.SubmissionId is { } id && id != given.SubmissionId
                ? Failure.Invalid.Field("receiptNumber", "This receipt number is another submission's than submissionId names.")
                : given;
        }

        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        return await SubmissionOwners.ClientOfAsync(table, record.SubmissionId!, cancellationToken) is { } clientId
            ? (clientId, record.SubmissionId!)
            : Failure.Invalid.Field("submissionId", "No sent submission has this id.");
    }

    private static string Field(ValidSubmissionStatus record) => record.SubmissionId is null ? "receiptNumber" : "submissionId";

    [GeneratedRegex(@"^\d{4}/\d{6}$")]
    private static partial Regex ReceiptNumberPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex InstantPattern();
}
