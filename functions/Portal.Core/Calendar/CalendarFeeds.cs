using System.Globalization;
using Azure.Data.Tables;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Notifications;
using Portal.Core.Permits;
using Portal.Core.Storage;

namespace Portal.Core.Calendar;

/// <summary>
/// A user's calendar feed (RFC 5545): the due dates of what the clients they act for have still to pay (with the
/// finance scope) and the end dates of their permits (with the technical scope), for a calendar application to
/// subscribe to. The feed's address holds a secret the user can renew, which ends the old one; storage keeps only
/// its hash. Every fetch checks the account, its memberships and scopes as they are then: a blocked, terminated
/// or removed user's address answers nothing.
/// </summary>
public sealed class CalendarFeeds(
    PortalStorage storage, AccountStore accounts, ClientStore clients, BillingViews billing, PermitViews permits, AuditTrail audit, IOptions<PortalOptions> portal, TimeProvider time)
{
    /// <summary>How far back unpaid invoices and how far ahead permit ends are shown.</summary>
    public const int DaysBack = 366;
    public const int PermitYearsAhead = 5;

    /// <summary>Invoices per client in a feed, at most (a page of the list, the earliest due first).</summary>
    public const int MaxInvoices = 100;

    private const string SecretRow = "calendar";

    private static string SecretPartition(string secret) => $"calendar|{RandomTokens.Hash(secret)}";

    /// <summary>
    /// Makes the user's feed address, or a new one in place of the old, which stops answering at once: the secret's
    /// row is written first, then the user's pointer to it (the one an address must match), then the old row goes.
    /// </summary>
    public async Task<string> RenewAsync(string userId, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var secret = RandomTokens.New();
        await table.AddEntityAsync(new TableEntity(SecretPartition(secret), SecretRow) { ["UserId"] = userId }, cancellationToken);
        var pointer = await table.GetEntityIfExistsAsync<TableEntity>(UserEntity.PartitionFor(userId), SecretRow, cancellationToken: cancellationToken);
        var old = pointer.HasValue ? pointer.Value!.GetString("Feed") : null;
        await table.UpsertEntityAsync(new TableEntity(UserEntity.PartitionFor(userId), SecretRow) { ["Feed"] = SecretPartition(secret) }, TableUpdateMode.Replace, cancellationToken);
        if (old is not null)
        {
            await table.DeleteIfPresentAsync(old, SecretRow, cancellationToken);
        }

        // The user's trail says when an address was made and an old one ended (not the address: it is the credential).
        await audit.AppendAsync(AuditTrail.UserChain(userId), userId, clientId: null, AuditActions.CalendarRenew, old is null ? "calendar" : "calendar-renewed", AuditActions.Succeeded, origin, cancellationToken);
        return portal.Value.LinkTo($"api/calendar/{secret}.ics");
    }

    /// <summary>The feed for this secret as iCalendar text; null when the secret is unknown, renewed, or its user may no longer use the portal.</summary>
    public async Task<string?> FeedAsync(string secret, CancellationToken cancellationToken)
    {
        if (secret.Length != 43 || !secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(SecretPartition(secret), SecretRow, cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value!.GetString("UserId") is not { } userId)
        {
            return null;
        }

        var pointer = await table.GetEntityIfExistsAsync<TableEntity>(UserEntity.PartitionFor(userId), SecretRow, cancellationToken: cancellationToken);
        if (!pointer.HasValue || pointer.Value!.GetString("Feed") != SecretPartition(secret)
            || await accounts.GetAsync(userId, cancellationToken) is not { Status: AccountStatus.Active } account)
        {
            return null;
        }

        var today = RigaCalendar.DateOf(time.GetUtcNow());
        var english = account.Language == "en";
        var calendar = new Ical.Net.Calendar { ProductId = "-//VAS Elektroniskie sakari//Klientu portals//LV" };
        calendar.AddProperty("X-WR-CALNAME", english ? "ES client portal" : "ES klientu portāls");
        var memberships = await clients.MembershipsAsync(userId, cancellationToken);
        foreach (var membership in memberships.OrderBy(m => m.ClientName, StringComparer.Ordinal))
        {
            if (membership.Scopes.Contains(Scope.Finance))
            {
                var unpaid = InvoiceQuery.Everything with
                {
                    States = [InvoiceState.Open, InvoiceState.PartlyPaid, InvoiceState.Overdue], DueFrom = today.AddDays(-DaysBack), Sort = InvoiceSort.Due, PageSize = MaxInvoices,
                };
                var (invoices, _) = await billing.InvoicesAsync(membership.ClientId, unpaid, null, today, cancellationToken);
                foreach (var invoice in invoices)
                {
                    var amount = (invoice.OpenCents / 100m).ToString("N2", CultureInfo.GetCultureInfo(english ? "en-IE" : "lv-LV"));
                    calendar.Events.Add(Event(
                        $"invoice-{membership.ClientId}-{invoice.Id}", invoice.DueOn,
                        english ? $"Invoice {invoice.Number} due: €{amount}" : $"Rēķina {invoice.Number} apmaksas termiņš: {amount} €",
                        membership.ClientName, portal.Value.LinkTo($"invoice?id={Uri.EscapeDataString(invoice.Id)}")));
                }
            }

            if (membership.Scopes.Contains(Scope.Technical))
            {
                foreach (var permit in await permits.ExpiringAsync(membership.ClientId, today, today.AddYears(PermitYearsAhead), cancellationToken))
                {
                    calendar.Events.Add(Event(
                        $"permit-{membership.ClientId}-{permit.Id}", permit.ValidTo!.Value,
                        english ? $"Permit {permit.Number} ends" : $"Beidzas atļauja {permit.Number}",
                        membership.ClientName, portal.Value.LinkTo($"permit?id={Uri.EscapeDataString(permit.Id)}")));
                }
            }
        }

        return new CalendarSerializer().SerializeToString(calendar);
    }

    /// <summary>An all-day event with a stable id, so a calendar updates it rather than adding another.</summary>
    private static CalendarEvent Event(string id, DateOnly on, string summary, string client, string link)
    {
        var start = new CalDateTime(on.Year, on.Month, on.Day);
        return new CalendarEvent
        {
            Uid = $"{id}@portal",
            Start = start,
            End = start.AddDays(1),
            Summary = summary,
            Description = $"{client}\n{link}",
            Url = new Uri(link),
        };
    }
}
