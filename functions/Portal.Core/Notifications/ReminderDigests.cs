using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Permits;
using Portal.Core.Storage;
using Portal.Core.Submissions;

namespace Portal.Core.Notifications;

/// <summary>
/// The daily reminder digests (docs/ARCHITECTURE.md, "Reminders"): for every Riga date after its cursor up to today
/// it reads the day index (never all clients), finds the clients' unpaid invoices due in 7 days or since yesterday
/// and valid permits ending in 90, 30 or 7 days, and the drafts that lapse in 7 days (through the retention index's
/// hour partitions of that Riga day), and queues one email per user through the outbox with the items their scopes
/// and choices allow (a draft goes to the user who changed it last). Each client's items of a kind and day are marked
/// sent in the email's own transaction, so a rerun sends nothing twice; a draft saved since moves to a later day.
/// </summary>
public sealed partial class ReminderDigests(
    PortalStorage storage, AccountStore accounts, ClientStore clients, BillingViews billing, PermitViews permits, Submissions.Submissions submissions,
    FormCatalog forms, Outbox outbox, IOptions<PortalOptions> portal, TimeProvider time, ILogger<ReminderDigests> logger)
{
    public const int DueSoonDays = 7;

    /// <summary>A draft is reminded of this many days before the Riga day it lapses on.</summary>
    public const int DraftLapsingDays = 7;

    /// <summary>How many missed days a run makes up at most; older days' reminders would come too late to help.</summary>
    public const int MaxMadeUpDays = 14;

    /// <summary>Sent markers are deleted this many days after their digest (docs/privacy.md).</summary>
    public const int MarkerDays = 120;

    /// <summary>Lines per list in one email; the rest are counted in a last line and are on the linked page.</summary>
    public const int MaxLines = 20;

    public static IReadOnlyList<int> ExpiryDays { get; } = [90, 30, 7];

    /// <summary>A transaction holds 100 actions: the email and at most this many markers.</summary>
    private const int MaxGroupsPerEmail = 99;

    private const string Cursor = "cursor";

    private static string SentPartition(DateOnly day) => $"sent|{BillingKeys.Date(day)}";

    public async Task<ReminderRun> SendDueAsync(CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.RemindersTable, cancellationToken);
        var today = RigaCalendar.DateOf(time.GetUtcNow());
        var cursor = await table.GetEntityIfExistsAsync<TableEntity>(Cursor, Cursor, cancellationToken: cancellationToken);
        var first = cursor.HasValue && cursor.Value!.GetString("Last") is { } last ? BillingKeys.ParseDate(last).AddDays(1) : today;
        first = first < today.AddDays(-MaxMadeUpDays) ? today.AddDays(-MaxMadeUpDays) : first;
        if (first > today)
        {
            return new ReminderRun(0, 0, 0);
        }

        var (groups, spent) = await GroupsAsync(table, first, today, cancellationToken);
        var drafts = await LapsingDraftsAsync(first, today, cancellationToken);
        groups.AddRange(drafts.Keys);
        var digests = await DigestsAsync(groups, drafts, today, cancellationToken);
        var queued = 0;
        foreach (var (user, found) in digests)
        {
            queued += await SendAsync(table, user, found, first, today, cancellationToken);
        }

        // The cursor moves once every digest is queued; only then go the index rows no later day reads and the markers past their time.
        await table.UpsertEntityAsync(new TableEntity(Cursor, Cursor) { ["Last"] = BillingKeys.Date(today) }, TableUpdateMode.Replace, cancellationToken);
        foreach (var (partition, row) in spent)
        {
            await table.DeleteIfPresentAsync(partition, row, cancellationToken);
        }

        for (var day = first; day <= today; day = day.AddDays(1))
        {
            await DeleteMarkersAsync(table, SentPartition(day.AddDays(-MarkerDays)), cancellationToken);
        }

        ReminderLog.Ran(logger, first, today, groups.Count, queued);
        return new ReminderRun(today.DayNumber - first.DayNumber + 1, groups.Count, queued);
    }

    /// <summary>The client groups the day index names for each digest day, and the index rows whose last day this is.</summary>
    private static async Task<(List<ReminderGroup> Groups, List<(string Partition, string Row)> Spent)> GroupsAsync(
        TableClient table, DateOnly first, DateOnly today, CancellationToken cancellationToken)
    {
        var groups = new List<ReminderGroup>();
        var spent = new List<(string, string)>();
        for (var day = first; day <= today; day = day.AddDays(1))
        {
            var partitions = new List<(ReminderKind Kind, string Partition, bool LastUse)>
            {
                (ReminderKind.DueSoon, ReminderIndex.Due(day.AddDays(DueSoonDays)), false),
                (ReminderKind.Overdue, ReminderIndex.Due(day.AddDays(-1)), true),
            };
            partitions.AddRange(ExpiryDays.Select(days => (ReminderKind.PermitExpiring, ReminderIndex.Expires(day.AddDays(days)), days == ExpiryDays.Min())));
            foreach (var (kind, partition, lastUse) in partitions)
            {
                await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, select: ["RowKey"], cancellationToken: cancellationToken))
                {
                    groups.Add(new ReminderGroup(kind, day, row.RowKey));
                    if (lastUse)
                    {
                        spent.Add((partition, row.RowKey));
                    }
                }
            }
        }

        return ([.. groups.Distinct()], spent);
    }

    /// <summary>For each digest day, the drafts that lapse on the Riga day <see cref="DraftLapsingDays"/> later, by client.</summary>
    private async Task<Dictionary<ReminderGroup, IReadOnlyList<LapsingDraft>>> LapsingDraftsAsync(DateOnly first, DateOnly today, CancellationToken cancellationToken)
    {
        var groups = new Dictionary<ReminderGroup, IReadOnlyList<LapsingDraft>>();
        for (var day = first; day <= today; day = day.AddDays(1))
        {
            var lapsing = await submissions.LapsingAsync(RigaCalendar.StartOf(day.AddDays(DraftLapsingDays)), RigaCalendar.StartOf(day.AddDays(DraftLapsingDays + 1)), cancellationToken);
            foreach (var client in lapsing.GroupBy(d => d.ClientId))
            {
                groups[new ReminderGroup(ReminderKind.DraftLapsing, day, client.Key)] = [.. client];
            }
        }

        return groups;
    }

    /// <summary>Queues the user's digest (more than one email only past 99 groups); returns how many emails.</summary>
    private async Task<int> SendAsync(
        TableClient table, UserAccount user, List<(ReminderGroup Group, IReadOnlyList<ReminderItem> Items)> found, DateOnly first, DateOnly today, CancellationToken cancellationToken)
    {
        var sent = new HashSet<string>(StringComparer.Ordinal);
        for (var day = found.Min(f => f.Group.Day); day <= today; day = day.AddDays(1))
        {
            var (partition, low, high) = (SentPartition(day), $"{user.Id}|", $"{user.Id}}}");
            await foreach (var marker in table.QueryAsync<TableEntity>(
                e => e.PartitionKey == partition && e.RowKey.CompareTo(low) >= 0 && e.RowKey.CompareTo(high) < 0, select: ["RowKey"], cancellationToken: cancellationToken))
            {
                sent.Add(marker.RowKey);
            }
        }

        var queued = 0;
        foreach (var chunk in found.Where(f => !sent.Contains(f.Group.MarkerRow(user.Id))).Chunk(MaxGroupsPerEmail))
        {
            var partition = SentPartition(today);
            List<TableTransactionAction> actions = [.. chunk.Select(f => new TableTransactionAction(TableTransactionActionType.Add,
                new TableEntity(partition, f.Group.MarkerRow(user.Id)) { ["Items"] = f.Items.Count }))];
            actions.Add(await outbox.PrepareAsync(StorageNames.RemindersTable, partition, Email(user, chunk), cancellationToken));
            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken);
                queued++;
            }
            catch (TableTransactionFailedException exception) when (exception.Status == 409)
            {
                // Another run marked one of these first: it sent them.
                ReminderLog.AlreadySent(logger, user.Id, exception);
            }
        }

        return queued;
    }

    private EmailMessage Email(UserAccount user, IEnumerable<(ReminderGroup Group, IReadOnlyList<ReminderItem> Items)> found)
    {
        var items = found.SelectMany(f => f.Items).ToList();
        IReadOnlyList<string> Lines(ReminderKind kind)
        {
            var lines = items.Where(i => i.Kind == kind).Distinct()
                .OrderBy(i => i.On).ThenBy(i => i.Client, StringComparer.Ordinal).ThenBy(i => i.Number, StringComparer.Ordinal)
                .Select(i => i.Line(user.Language)).ToList();
            return lines.Count <= MaxLines ? lines : [.. lines.Take(MaxLines - 1), ReminderLines.More(user.Language, lines.Count - (MaxLines - 1))];
        }

        return new EmailMessage(user.Email, user.Language, EmailTemplates.ReminderDigest, new Dictionary<string, string>
        {
            ["invoicesLink"] = portal.Value.LinkTo("invoices"),
            ["permitsLink"] = portal.Value.LinkTo("permits"),
            ["profileLink"] = portal.Value.LinkTo("account"),
        })
        {
            Lists = new Dictionary<string, IReadOnlyList<string>>
            {
                ["dueSoon"] = Lines(ReminderKind.DueSoon),
                ["overdue"] = Lines(ReminderKind.Overdue),
                ["expiring"] = Lines(ReminderKind.PermitExpiring),
                ["drafts"] = Lines(ReminderKind.DraftLapsing),
            },
        };
    }

    /// <summary>Deletes a day's sent markers; the emails' own rows there are the outbox's and the retention timer's.</summary>
    private static async Task DeleteMarkersAsync(TableClient table, string partition, CancellationToken cancellationToken)
    {
        await foreach (var marker in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (!marker.RowKey.StartsWith(OutboxEntity.RowPrefix, StringComparison.Ordinal))
            {
                await table.DeleteIfPresentAsync(partition, marker.RowKey, cancellationToken);
            }
        }
    }
}
