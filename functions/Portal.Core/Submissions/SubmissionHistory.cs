using Azure;
using Azure.Data.Tables;
using Portal.Core.Storage;

namespace Portal.Core.Submissions;

/// <summary>
/// A sent submission's history and documents, kept in the client's partition beside it (rows beginning with a letter, so the list of
/// submissions, which reads <c>RowKey &lt; ":"</c>, never sees them). Every change of a sent submission - a status from the back office,
/// an answer, a withdrawal request - is one transaction: the submission's row (If-Match, its <see cref="SubmissionEntity.HistoryCount"/>
/// giving the entry its sequence), the history entry, and whatever goes with it (the outbox's emails and events, a key's row).
/// </summary>
public sealed class SubmissionHistory(PortalStorage storage, Submissions submissions)
{
    /// <summary>A draft or submission as its members see it, a sent one with its history (oldest first) and documents.</summary>
    public async Task<Submission?> FindAsync(string clientId, string id, CancellationToken cancellationToken)
    {
        if (await submissions.RowAsync(clientId, id, cancellationToken) is not { } row)
        {
            return null;
        }

        var submission = submissions.View(row);
        if (row is not { SubmittedAt: { } sentAt } || !SubmissionProgress.IsSent(submission.Status))
        {
            return submission;
        }

        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        var entries = RangeAsync<SubmissionHistoryEntity>(table, clientId, SubmissionHistoryEntity.Prefix + id + "|", cancellationToken);
        var documents = RangeAsync<SubmissionDocumentEntity>(table, clientId, SubmissionDocumentEntity.Prefix + id + "|", cancellationToken);
        // Sending is the submission row's own step (SubmissionSender): its entry is read from there.
        SubmissionHistoryEntry sent = new(HistoryEntryKind.Status, SubmissionStatus.Submitted, null, sentAt, row.UpdatedByName);
        return submission with
        {
            ReceiptNumber = row.ReceiptNumber,
            History = [sent, .. (await entries).Select(e => e.View())],
            Documents = [.. (await documents).Select(d => d.View())],
        };
    }

    /// <summary>
    /// Changes a sent submission as <paramref name="decide"/> says, from the latest row: its answer alone when it writes no entry, else
    /// the row as it left it, the entry and what goes with it, in one transaction. On 409/412 (another change first) it reads again and
    /// decides anew. Null when there is no such submission.
    /// </summary>
    internal async Task<T?> ChangeAsync<T>(string clientId, string id, Func<SubmissionEntity, Task<HistoryStep<T>>> decide, CancellationToken cancellationToken)
        where T : class
    {
        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        for (var conflicts = 0; ; )
        {
            if (await submissions.RowAsync(clientId, id, cancellationToken) is not { } row)
            {
                return null;
            }

            var step = await decide(row);
            if (step.Entry is not { } entry)
            {
                return step.Answer;
            }

            row.HistoryCount++;
            entry.PartitionKey = clientId;
            entry.RowKey = SubmissionHistoryEntity.RowFor(id, row.HistoryCount);
            try
            {
                await table.SubmitTransactionAsync(
                    [new(TableTransactionActionType.UpdateReplace, row, row.ETag), new(TableTransactionActionType.Add, entry), .. step.With], cancellationToken);
                return step.Answer;
            }
            catch (RequestFailedException exception) when (Contention.IsConflict(exception))
            {
                await Contention.BeforeRetryAsync(++conflicts, $"the submission {id}", cancellationToken);
            }
        }
    }

    private static async Task<List<T>> RangeAsync<T>(TableClient table, string clientId, string prefix, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        // Every prefix ends in "|": the range ends before the next character, "}".
        var end = prefix[..^1] + "}";
        var rows = new List<T>();
        await foreach (var row in table.QueryAsync<T>(r => r.PartitionKey == clientId && r.RowKey.CompareTo(prefix) >= 0 && r.RowKey.CompareTo(end) < 0, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}

/// <summary>
/// What a change of a sent submission comes to: the answer, and when something happens, the entry for its history and the actions of
/// the same transaction (emails and events of the outbox, a key's row); the submission's row itself is changed in place.
/// </summary>
internal sealed record HistoryStep<T>(T Answer, SubmissionHistoryEntity? Entry = null, IReadOnlyList<TableTransactionAction>? With = null)
{
    public IReadOnlyList<TableTransactionAction> With { get; init; } = With ?? [];
}
