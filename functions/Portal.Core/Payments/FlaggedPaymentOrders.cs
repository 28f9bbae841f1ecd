using Azure;
using Portal.Core.Audit;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Core.Storage;

namespace Portal.Core.Payments;

/// <summary>Staff's list of payment orders to look at (the <c>Payments</c> table's <c>flagged</c> partition), and marking one handled.</summary>
public sealed class FlaggedPaymentOrders(PortalStorage storage, AuditTrail audit)
{
    /// <summary>The flags not yet handled, the orders made longest ago first.</summary>
    public async Task<IReadOnlyList<FlaggedPaymentOrder>> ListAsync(int max, CancellationToken cancellationToken)
    {
        var payments = await storage.TableAsync(StorageNames.PaymentsTable, cancellationToken);
        var flagged = new List<FlaggedPaymentOrder>();
        await foreach (var row in payments.QueryAsync<PaymentIndexEntity>(e => e.PartitionKey == PaymentKeys.FlaggedPartition, maxPerPage: max, cancellationToken: cancellationToken))
        {
            flagged.Add(new FlaggedPaymentOrder(row.Stamp, row.ClientId, Vocabulary<PaymentOrderFlag>.Stored(row.Flag), row.Detail ?? "", row.At));
            if (flagged.Count == max)
            {
                break;
            }
        }

        return flagged;
    }

    /// <summary>
    /// Takes an order's flags off the list once staff have dealt with it (returned money, corrected the booking), with what they did on
    /// the client's trail and their own. The order keeps its flags, as history.
    /// </summary>
    public async Task<Outcome<Done>> ResolveAsync(string orderId, string note, StaffMember staff, AuditOrigin origin, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(note) || note.Trim().Length > 500)
        {
            return new Failure.Invalid(new FieldErrors().Add("note", "What was done about it, in 1-500 characters."));
        }

        var payments = await storage.TableAsync(StorageNames.PaymentsTable, cancellationToken);
        var rows = new List<PaymentIndexEntity>();
        await foreach (var row in payments.QueryAsync<PaymentIndexEntity>(e => e.PartitionKey == PaymentKeys.FlaggedPartition && e.Stamp == orderId, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        if (rows.Count == 0)
        {
            return new Failure.NotFound("No flag of this payment order is waiting.");
        }

        var target = $"order|{orderId}|{string.Join(',', rows.Select(r => r.Flag))}|{note.Trim()}";
        await audit.AppendAsync(AuditTrail.ClientChain(rows[0].ClientId), staff.Id, rows[0].ClientId, AuditActions.PaymentFlagResolve, target, AuditActions.Succeeded, origin, cancellationToken);
        await audit.AppendAsync(AuditTrail.StaffChain(staff.Id), staff.Id, rows[0].ClientId, AuditActions.PaymentFlagResolve, target, AuditActions.Succeeded, origin, cancellationToken);
        foreach (var row in rows)
        {
            await payments.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }

        return Done.Instance;
    }
}
