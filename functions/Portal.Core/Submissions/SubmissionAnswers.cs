using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.BackOffice;
using Portal.Core.Clients;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;
using Portal.Core.Storage;

namespace Portal.Core.Submissions;

/// <summary>
/// A user's answer to ES's request for information (<c>POST .../submissions/{id}/answers</c>), only while the submission's status is
/// <c>information-requested</c>. One transaction in the client's partition: the submission's row, the answer as a history entry, the
/// key's row (<c>answer|{submissionId}|{hash of user and key}</c>: a repeat with the same key answers the first result, with other text
/// 422), the files it names marked as sent with it (each with If-Match: a file removed meanwhile fails the answer) and the
/// <c>submission.answered</c> event, whose <c>attachments</c> lists them (JSON, as the submission's own).
/// </summary>
public sealed class SubmissionAnswers(PortalStorage storage, SubmissionHistory history, SubmissionAttachments attachments, ClientStore clients, Outbox outbox, AuditTrail audit, TimeProvider time)
{
    public async Task<Outcome<SubmissionHistoryEntry>> AnswerAsync(AnswerOrder order, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        var keyRow = $"answer|{order.SubmissionId}|{Hash($"{order.User.Id}\u001f{order.Key}")}";
        var fingerprint = Hash(string.Join('\u001f', [order.Text, .. order.AttachmentIds]));
        var wrote = false;
        var outcome = await history.ChangeAsync<Outcome<SubmissionHistoryEntry>>(order.ClientId, order.SubmissionId, async row =>
        {
            wrote = false;
            var first = await table.GetEntityIfExistsAsync<TableEntity>(order.ClientId, keyRow, cancellationToken: cancellationToken);
            if (first.HasValue)
            {
                return new(await RepeatAsync(table, order, first.Value!, fingerprint, cancellationToken));
            }

            if (!SubmissionProgress.MayAnswer(Vocabulary<SubmissionStatus>.Stored(row.Status)))
            {
                return new(new Failure.Conflict(ProblemTypes.Conflict, "ES is not asking for information on this submission now.",
                    "An answer is sent while its status is information-requested; its history shows where it stands."));
            }

            var files = await attachments.ForAnswerAsync(row, order.AttachmentIds, cancellationToken);
            if (files.Failure is { } wrongFiles)
            {
                return new(wrongFiles);
            }

            var now = time.GetUtcNow();
            var (userId, name) = Editor.Of(order.User);
            var sent = JsonSerializer.Serialize(files.Value.Select(SubmissionAttachments.Sent).ToList(), SubmissionsJson.Default.IReadOnlyListSentAttachment);
            var entry = new SubmissionHistoryEntity
            {
                Kind = Vocabulary<HistoryEntryKind>.Text(HistoryEntryKind.Answer), Message = order.Text, At = now, By = name, ByUserId = userId,
                Attachments = files.Value.Count > 0 ? sent : null,
            };
            var marks = files.Value.Select(file =>
            {
                file.Answer = row.HistoryCount + 1;
                return new TableTransactionAction(TableTransactionActionType.UpdateReplace, file, file.ETag);
            });
            var key = new TableEntity(order.ClientId, keyRow) { ["Fingerprint"] = fingerprint, ["Sequence"] = row.HistoryCount + 1 };
            var client = await clients.GetAsync(order.ClientId, cancellationToken);
            var answered = new BackOfficeEvent(BackOfficeEventTypes.SubmissionAnswered, now, new Dictionary<string, string?>
            {
                ["submissionId"] = row.RowKey,
                ["clientId"] = row.PartitionKey,
                ["clientExternalId"] = client?.ExternalId,
                ["receiptNumber"] = row.ReceiptNumber,
                ["text"] = order.Text,
                ["answeredBy"] = userId,
                ["answeredAt"] = now.ToString("O", CultureInfo.InvariantCulture),
                ["attachments"] = sent,
            });
            wrote = true;
            return new(entry.View(), entry, [new(TableTransactionActionType.Add, key), .. marks, await outbox.PrepareEventAsync(StorageNames.SubmissionsTable, order.ClientId, answered, cancellationToken)]);
        }, cancellationToken);

        if (outcome is null)
        {
            return new Failure.NotFound("There is no such submission.");
        }

        if (wrote)
        {
            await audit.AppendAsync(AuditTrail.UserChain(order.User.Id), order.User.Id, order.ClientId, AuditActions.SubmissionAnswer, $"submission|{order.SubmissionId}", AuditActions.Succeeded, order.Origin, cancellationToken);
        }

        return outcome;
    }

    /// <summary>The first answer sent with the key, or 422 when the key came with other text.</summary>
    private static async Task<Outcome<SubmissionHistoryEntry>> RepeatAsync(TableClient table, AnswerOrder order, TableEntity first, string fingerprint, CancellationToken cancellationToken)
    {
        if (first.GetString("Fingerprint") != fingerprint)
        {
            return new Failure.Unprocessable(ProblemTypes.IdempotencyKeyReused, "This Idempotency-Key was used with another answer.", "Use a new key for another answer.");
        }

        var entry = await table.GetEntityAsync<SubmissionHistoryEntity>(order.ClientId, SubmissionHistoryEntity.RowFor(order.SubmissionId, first.GetInt32("Sequence") ?? 0), cancellationToken: cancellationToken);
        return entry.Value.View();
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

/// <summary>A user's answer, with the files it sends (uploaded to the submission while ES asks): with the <c>Idempotency-Key</c> that makes a repeat return the first result.</summary>
public sealed record AnswerOrder(string ClientId, string SubmissionId, UserAccount User, string Key, string Text, IReadOnlyList<string> AttachmentIds, AuditOrigin Origin);
