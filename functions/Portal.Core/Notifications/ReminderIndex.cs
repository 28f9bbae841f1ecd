using Azure.Data.Tables;
using Portal.Core.Billing;
using Portal.Core.Storage;

namespace Portal.Core.Notifications;

/// <summary>
/// The cross-client day index the reminder timer reads instead of scanning clients: in the Reminders table,
/// partition "due|{yyyy-MM-dd}" or "expires|{yyyy-MM-dd}", row the client id, no properties. The feeds write a
/// row before the client's own transaction, so a crash leaves at most a row that finds nothing.
/// </summary>
public static class ReminderIndex
{
    public static string Due(DateOnly dueOn) => $"due|{BillingKeys.Date(dueOn)}";

    public static string Expires(DateOnly validTo) => $"expires|{BillingKeys.Date(validTo)}";

    /// <summary>Whether a run can still read a date's row: older dates are past every day the timer makes up.</summary>
    public static bool StillRead(DateOnly date, DateOnly today) => date >= today.AddDays(-ReminderDigests.MaxMadeUpDays - 1);

    internal static async Task AddAsync(PortalStorage storage, string partition, string clientId, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.RemindersTable, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(partition, clientId), TableUpdateMode.Replace, cancellationToken);
    }
}
