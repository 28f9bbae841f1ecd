using System.Globalization;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.BackOffice;
using Portal.Core.Clients;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;
using Portal.Core.Storage;

namespace Portal.Core.Submissions;

/// <summary>
/// A user's request to withdraw a sent submission (<c>POST .../submissions/{id}/withdraw</c>), while ES has not begun to review it
/// (<see cref="SubmissionProgress.Withdrawal"/>). It is a request: one transaction records it on the submission (shown as
/// <c>withdrawal-requested</c>), as a history entry, and as the <c>submission.withdrawal-requested</c> event; the back office confirms
/// it with the status <c>withdrawn</c>, or moves on. Asking again answers the same and sends nothing.
/// </summary>
public sealed class SubmissionWithdrawal(SubmissionHistory history, ClientStore clients, Outbox outbox, AuditTrail audit, TimeProvider time)
{
    public async Task<Outcome<WithdrawalAnswer>> WithdrawAsync(string clientId, string submissionId, UserAccount user, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var wrote = false;
        var outcome = await history.ChangeAsync<Outcome<WithdrawalAnswer>>(clientId, submissionId, async row =>
        {
            wrote = false;
            var status = Vocabulary<SubmissionStatus>.Stored(row.Status);
            switch (SubmissionProgress.Withdrawal(status))
            {
                case WithdrawalStep.AlreadyAsked:
                    return new(new WithdrawalAnswer(status, row.WithdrawalRequestedAt));
                case WithdrawalStep.NotSent:
                    return new(new Failure.Conflict(ProblemTypes.Conflict, "It has not been sent.", "A draft is deleted rather than withdrawn."));
                case WithdrawalStep.TooLate:
                    return new(new Failure.Conflict(ProblemTypes.Conflict, "It can no longer be withdrawn in the portal: ES is reviewing it or has decided.",
                        $"A submission is withdrawn here until ES begins to review it. {Failure.OtherChannels}"));
            }

            var now = time.GetUtcNow();
            var (userId, name) = Editor.Of(user);
            row.Status = Vocabulary<SubmissionStatus>.Text(SubmissionStatus.WithdrawalRequested);
            row.WithdrawalRequestedAt = now;
            var entry = new SubmissionHistoryEntity { Kind = Vocabulary<HistoryEntryKind>.Text(HistoryEntryKind.WithdrawalRequest), At = now, By = name, ByUserId = userId };
            var client = await clients.GetAsync(clientId, cancellationToken);
            var requested = new BackOfficeEvent(BackOfficeEventTypes.SubmissionWithdrawalRequested, now, new Dictionary<string, string?>
            {
                ["submissionId"] = row.RowKey,
                ["clientId"] = row.PartitionKey,
                ["clientExternalId"] = client?.ExternalId,
                ["receiptNumber"] = row.ReceiptNumber,
                ["requestedBy"] = userId,
                ["requestedAt"] = now.ToString("O", CultureInfo.InvariantCulture),
            });
            wrote = true;
            return new(new WithdrawalAnswer(SubmissionStatus.WithdrawalRequested, now), entry, [await outbox.PrepareEventAsync(StorageNames.SubmissionsTable, clientId, requested, cancellationToken)]);
        }, cancellationToken);

        if (outcome is null)
        {
            return new Failure.NotFound("There is no such submission.");
        }

        if (wrote)
        {
            await audit.AppendAsync(AuditTrail.UserChain(user.Id), user.Id, clientId, AuditActions.SubmissionWithdraw, $"submission|{submissionId}", AuditActions.Succeeded, origin, cancellationToken);
        }

        return outcome;
    }
}

/// <summary>Where a withdrawal stands: <c>withdrawal-requested</c> since <see cref="RequestedAt"/>, or <c>withdrawn</c> once ES confirmed it.</summary>
public sealed record WithdrawalAnswer(SubmissionStatus Status, DateTimeOffset? RequestedAt);
