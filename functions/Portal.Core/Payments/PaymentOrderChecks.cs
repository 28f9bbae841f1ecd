using Azure;
using Azure.Data.Tables;
using Portal.Core.Storage;

namespace Portal.Core.Payments;

/// <summary>
/// What the <c>PaymentOrders</c> timer does: pending orders past their provider's answer window expire and free their invoices; paid
/// orders the back office has not booked within <see cref="PaymentOptions.BookingDays"/> are flagged for staff. Each reads its queue in
/// the <c>Payments</c> table up to now, re-checks the order, and deletes the queue's row once the order no longer needs it.
/// </summary>
public sealed class PaymentOrderChecks(PortalStorage storage, PaymentSettlement settlement, TimeProvider time)
{
    /// <summary>The orders that expired and were flagged in this run.</summary>
    public async Task<(int Expired, int Flagged)> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var payments = await storage.TableAsync(StorageNames.PaymentsTable, cancellationToken);
        var billing = await storage.TableAsync(StorageNames.BillingTable, cancellationToken);
        var expired = 0;
        await foreach (var queued in DueAsync(payments, PaymentKeys.ExpiringPartition, now, cancellationToken))
        {
            for (var conflicts = 0; ; )
            {
                var order = await PaymentOrders.RowAsync(billing, queued.ClientId, queued.Stamp, cancellationToken);
                if (order is not { } pending || pending.State != PaymentOrderStatus.Pending || pending.ExpiresAt > now)
                {
                    break;
                }

                if (await settlement.EndAsync(billing, pending, PaymentOrderStatus.Expired, cancellationToken))
                {
                    expired++;
                    break;
                }

                await Contention.BeforeRetryAsync(++conflicts, $"payment order {queued.Stamp}", cancellationToken);
            }

            await payments.DeleteEntityAsync(queued.PartitionKey, queued.RowKey, ETag.All, cancellationToken);
        }

        var flagged = 0;
        await foreach (var queued in DueAsync(payments, PaymentKeys.BookingDuePartition, now, cancellationToken))
        {
            for (var conflicts = 0; ; )
            {
                var order = await PaymentOrders.RowAsync(billing, queued.ClientId, queued.Stamp, cancellationToken);
                if (order is not { } paid || paid.State != PaymentOrderStatus.Paid)
                {
                    break;
                }

                if (await settlement.FlagAsync(billing, paid, PaymentOrderFlag.Unbooked, $"Paid {paid.PaidAt:yyyy-MM-dd HH:mm} UTC and not booked by the back office since.", cancellationToken) is not null)
                {
                    flagged++;
                    break;
                }

                await Contention.BeforeRetryAsync(++conflicts, $"payment order {queued.Stamp}", cancellationToken);
            }

            await payments.DeleteEntityAsync(queued.PartitionKey, queued.RowKey, ETag.All, cancellationToken);
        }

        return (expired, flagged);
    }

    private static IAsyncEnumerable<PaymentIndexEntity> DueAsync(TableClient payments, string partition, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = PaymentKeys.QueuedBefore(now);
        return payments.QueryAsync<PaymentIndexEntity>(e => e.PartitionKey == partition && e.RowKey.CompareTo(before) < 0, cancellationToken: cancellationToken);
    }
}
