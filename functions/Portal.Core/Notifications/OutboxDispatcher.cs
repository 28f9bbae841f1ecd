using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Privacy;
using Portal.Core.Storage;

namespace Portal.Core.Notifications;

/// <summary>
/// Sends what the outbox holds - emails over SMTP, events to the back office - and marks it sent. At least once: a crash between sending and marking
/// sends again, with the same Message-Id. A message that fails stays pending and is tried next time.
/// </summary>
public sealed class OutboxDispatcher(
    PortalStorage storage,
    IEmailSender sender,
    BackOffice.IBackOfficePublisher publisher,
    IEnumerable<IDeferredWork> work,
    AccountStore accounts,
    AuditTrail audit,
    RetentionIndex retention,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    private readonly Dictionary<string, IDeferredWork> _work = work.ToDictionary(w => w.Type, StringComparer.Ordinal);

    /// <summary>An index row whose message is still missing after this was left by a change that never committed.</summary>
    private static readonly TimeSpan _abandonedAfter = TimeSpan.FromMinutes(5);

    /// <summary>Sends what is pending; when deferred work ran, a second pass sends what that work put in the outbox.</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        var (sent, workRan) = await PassAsync(cancellationToken);
        return workRan ? sent + (await PassAsync(cancellationToken)).Sent : sent;
    }

    private async Task<(int Sent, bool WorkRan)> PassAsync(CancellationToken cancellationToken)
    {
        var pending = await storage.TableAsync(StorageNames.OutboxTable, cancellationToken);
        var sent = 0;
        var workRan = false;
        await foreach (var index in pending.QueryAsync<OutboxPendingEntity>(e => e.PartitionKey == OutboxPendingEntity.Partition, cancellationToken: cancellationToken))
        {
            if (await DispatchOneAsync(index, cancellationToken) is { } kind)
            {
                sent++;
                workRan |= kind == Outbox.WorkKind;
            }
        }

        return (sent, workRan);
    }

    /// <summary>The kind of what was sent (or run) now; null when nothing was.</summary>
    private async Task<string?> DispatchOneAsync(OutboxPendingEntity index, CancellationToken cancellationToken)
    {
        var pending = await storage.TableAsync(StorageNames.OutboxTable, cancellationToken);
        var table = await storage.TableAsync(index.TableName, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<OutboxEntity>(index.EntryPartition, index.EntryRow, cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value is not { } entry)
        {
            if (time.GetUtcNow() - index.CreatedAt > _abandonedAfter)
            {
                await pending.DeleteEntityAsync(index.PartitionKey, index.RowKey, ETag.All, cancellationToken);
            }

            return null;
        }

        var sentNow = !entry.Sent;
        if (sentNow)
        {
            try
            {
                if (entry.Kind == Outbox.EventKind)
                {
                    await publisher.PublishAsync(entry.MessageId, entry.EventType!, entry.Payload, cancellationToken);
                }
                else if (entry.Kind == Outbox.WorkKind)
                {
                    await _work[entry.EventType!].RunAsync(entry.Payload, cancellationToken);
                }
                else
                {
                    var message = JsonSerializer.Deserialize(entry.Payload, NotificationsJson.Default.EmailMessage)!;
                    await sender.SendAsync(entry.MessageId, message.To, EmailTemplates.Render(message), cancellationToken);
                    await RecordSentAsync(entry.MessageId, message, cancellationToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                NotificationsLog.SendFailed(logger, entry.MessageId, entry.Attempts + 1, exception);
                entry.Attempts++;
                await table.UpdateEntityAsync(entry, entry.ETag, TableUpdateMode.Replace, cancellationToken);
                return null;
            }

            if (entry.Kind == Outbox.WorkKind)
            {
                // Done: what it did is in the rows it wrote; the item itself (an email address) is not kept.
                await table.DeleteEntityAsync(entry.PartitionKey, entry.RowKey, ETag.All, cancellationToken);
            }
            else
            {
                // Sent: the payload (which may hold a one-time link) is not kept, and the row itself only for its retention period (index first).
                entry.SentAt = time.GetUtcNow();
                var body = entry.Kind == Outbox.EventKind ? $"{StorageNames.BackOfficeEventsContainer}/{entry.MessageId}.json" : null;
                await retention.AddAsync(RetentionKind.Outbox, entry.SentAt.Value, cancellationToken, new RetentionTarget(
                    index.TableName, entry.PartitionKey, entry.RowKey, body, new RetentionGuard(entry.RowKey, nameof(OutboxEntity.Sent), bool.TrueString)));
                entry.Sent = true;
                entry.Payload = "";
                await table.UpdateEntityAsync(entry, ETag.All, TableUpdateMode.Replace, cancellationToken);
            }

            NotificationsLog.Sent(logger, entry.MessageId);
        }

        await pending.DeleteEntityAsync(index.PartitionKey, index.RowKey, ETag.All, cancellationToken);
        return sentNow ? entry.Kind ?? "email" : null;
    }

    /// <summary>
    /// §25: when an email was handed to SMTP goes on the trail of the account the address belongs to (or of the address, when no account has it),
    /// before the row is marked sent, so a crash repeats the record with the email rather than losing it.
    /// </summary>
    private async Task RecordSentAsync(string messageId, EmailMessage message, CancellationToken cancellationToken)
    {
        var account = await accounts.FindByEmailAsync(message.To, cancellationToken);
        var chain = account is null ? AuditTrail.EmailChain(EmailAddress.Key(message.To)) : AuditTrail.UserChain(account.Id);
        await audit.AppendAsync(chain, "system", clientId: null, AuditActions.EmailSent, message.Template, AuditActions.Succeeded, new AuditOrigin("", "outbox", messageId), cancellationToken);
    }
}
