using Portal.Core.Accounts;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Submissions;

namespace Portal.Core.Notifications;

public sealed partial class ReminderDigests
{
    private static readonly IReadOnlyList<InvoiceState> _unpaid = [InvoiceState.Open, InvoiceState.PartlyPaid, InvoiceState.Overdue];

    /// <summary>
    /// Each user's groups with their items: a group's members are read from the client, and each must be active, hold the
    /// scope in their own membership row (what access checks read) and want the kind. Items are read once per group, only
    /// when someone is to get them.
    /// </summary>
    private async Task<Dictionary<UserAccount, List<(ReminderGroup Group, IReadOnlyList<ReminderItem> Items)>>> DigestsAsync(
        IReadOnlyList<ReminderGroup> groups, IReadOnlyDictionary<ReminderGroup, IReadOnlyList<LapsingDraft>> drafts, DateOnly today, CancellationToken cancellationToken)
    {
        var users = new Dictionary<string, UserAccount?>(StringComparer.Ordinal);
        var digests = new Dictionary<UserAccount, List<(ReminderGroup, IReadOnlyList<ReminderItem>)>>();
        void Add(UserAccount user, ReminderGroup group, IReadOnlyList<ReminderItem> items)
        {
            if (!digests.TryGetValue(user, out var found))
            {
                digests[user] = found = [];
            }

            found.Add((group, items));
        }

        async Task<UserAccount?> RecipientAsync(string userId, ReminderGroup group, Scope scope)
        {
            if (!users.TryGetValue(userId, out var user))
            {
                users[userId] = user = await accounts.GetAsync(userId, cancellationToken);
            }

            return user is { Status: AccountStatus.Active } && user.Reminders.Allows(group.Kind)
                && await clients.MembershipAsync(userId, group.ClientId, cancellationToken) is { } membership && membership.Scopes.Contains(scope) ? user : null;
        }

        foreach (var group in groups)
        {
            if (drafts.TryGetValue(group, out var lapsing))
            {
                // A draft is the reminder of the one who changed it last, while they still act for the client with submit.
                foreach (var (userId, theirs) in lapsing.GroupBy(d => d.UpdatedBy).Select(g => (g.Key, g.ToList())))
                {
                    if (await RecipientAsync(userId, group, Scope.Submit) is { } editor && await clients.GetAsync(group.ClientId, cancellationToken) is { } owner)
                    {
                        Add(editor, group, [.. theirs.Select(d => DraftItem(d, owner.Name, editor.Language, today))]);
                    }
                }

                continue;
            }

            var scope = group.Kind == ReminderKind.PermitExpiring ? Scope.Technical : Scope.Finance;
            var recipients = new List<UserAccount>();
            foreach (var (userId, _) in await clients.MembersAsync(group.ClientId, cancellationToken))
            {
                if (await RecipientAsync(userId, group, scope) is { } user)
                {
                    recipients.Add(user);
                }
            }

            if (recipients.Count == 0 || await clients.GetAsync(group.ClientId, cancellationToken) is not { } client)
            {
                continue;
            }

            var items = await ItemsAsync(group, client.Name, today, cancellationToken);
            foreach (var user in items.Count == 0 ? [] : recipients)
            {
                Add(user, group, items);
            }
        }

        return digests;
    }

    /// <summary>A lapsing draft as its editor reads it: the form's title in their language, when it lapses, and its page.</summary>
    private ReminderItem DraftItem(LapsingDraft draft, string client, string language, DateOnly today)
    {
        var lapsesOn = RigaCalendar.DateOf(draft.ExpiresAt);
        return new(ReminderKind.DraftLapsing, client, forms.Find(draft.Kind, draft.FormVersion)?.TitleIn(language) ?? draft.Kind, 0, lapsesOn, lapsesOn.DayNumber - today.DayNumber)
        {
            At = draft.ExpiresAt,
            Link = portal.Value.LinkTo($"/submission?id={Uri.EscapeDataString(draft.Id)}"),
        };
    }

    /// <summary>The group's items as they stand today: invoices still to pay (the invoice list's own states), or valid permits.</summary>
    private async Task<IReadOnlyList<ReminderItem>> ItemsAsync(ReminderGroup group, string client, DateOnly today, CancellationToken cancellationToken)
    {
        var items = new List<ReminderItem>();
        if (group.Kind == ReminderKind.PermitExpiring)
        {
            foreach (var days in ExpiryDays)
            {
                var end = group.Day.AddDays(days);
                items.AddRange((await permits.ExpiringAsync(group.ClientId, end, end, cancellationToken))
                    .Select(p => new ReminderItem(group.Kind, client, p.Number, 0, end, end.DayNumber - today.DayNumber)));
            }

            return items;
        }

        var due = group.Kind == ReminderKind.DueSoon ? group.Day.AddDays(DueSoonDays) : group.Day.AddDays(-1);
        var query = InvoiceQuery.Everything with { States = _unpaid, DueFrom = due, DueTo = due, Sort = InvoiceSort.Due, PageSize = InvoiceQuery.MaxPageSize };
        string? token = null;
        do
        {
            var (page, next) = await billing.InvoicesAsync(group.ClientId, query, token, today, cancellationToken);
            items.AddRange(page.Select(i => new ReminderItem(group.Kind, client, i.Number, i.OpenCents, i.DueOn, i.DueOn.DayNumber - today.DayNumber)));
            token = next;
        }
        while (token is not null);
        return items;
    }
}
