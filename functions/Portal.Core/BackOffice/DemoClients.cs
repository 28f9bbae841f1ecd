using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Clients;

namespace Portal.Core.BackOffice;

/// <summary>
/// Development only (with the demo users): clients, memberships and a year of invoices and payments,
/// fed through the same feed code the back office's API uses, so `./dev up` shows the client pages
/// with something in them. Every record has a fixed external id and version: a restart changes nothing.
/// </summary>
internal sealed class DemoClients(
    IOptions<DemoDataOptions> options,
    ClientFeed clients,
    BillingFeed billing,
    ClientStore store,
    AccountStore accounts,
    TimeProvider time,
    ILogger<DemoClients> logger) : BackgroundService
{
    private const string Person = "DEMO-CLIENT-JANIS";
    private const string Company = "DEMO-CLIENT-SIA-VILNI";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        try
        {
            await LoadAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            DemoLog.NotLoaded(logger, exception);
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await clients.UpsertAsync(new ClientRecord(Person, 1, "natural", "Jānis Bērziņš", "32000000001", null, "Brīvības iela 1, Rīga", "janis.berzins@demo.radioatlaujas.lv", "+371 20000000", "advance-payment", ["amateur"]), cancellationToken);
        await clients.UpsertAsync(new ClientRecord(Company, 1, "legal", "SIA “Radio Viļņi”", null, "40003000001", "Eksporta iela 5, Rīga", "birojs@demo.radioatlaujas.lv", "+371 67000000", "monthly-invoice", ["land-mobile", "fixed-links"]), cancellationToken);
        var person = (await store.GetByExternalIdAsync(Person, cancellationToken))!;
        var company = (await store.GetByExternalIdAsync(Company, cancellationToken))!;

        var (janis, anna) = (DemoDataOptions.Users[0].Email, DemoDataOptions.Users[1].Email);
        if (await accounts.FindByEmailAsync(janis, cancellationToken) is { } first)
        {
            await store.AddMemberAsync(first.Id, person, Scopes.All, cancellationToken);
            await store.AddMemberAsync(first.Id, company, Scopes.All, cancellationToken);
        }

        if (await accounts.FindByEmailAsync(anna, cancellationToken) is { } second)
        {
            await store.AddMemberAsync(second.Id, company, [Scopes.Finance, Scopes.Technical], cancellationToken);
        }

        // A year of monthly invoices for the company, each paid but the last two (one of them overdue).
        var today = RigaCalendar.DateOf(time.GetUtcNow());
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        var invoices = new List<InvoiceRecord>();
        var payments = new List<PaymentRecord>();
        for (var month = 0; month < 12; month++)
        {
            var issuedOn = start.AddMonths(month);
            var id = $"DEMO-INV-{issuedOn:yyyyMM}";
            var amount = 180m + (month % 3 * 12.5m);
            invoices.Add(new InvoiceRecord(id, 1, Company, $"RE-{issuedOn:yyyy}-{month + 1:D4}", "invoice", issuedOn, issuedOn.AddDays(month == 11 ? 30 : 20), amount, "issued"));
            if (month < 10)
            {
                payments.Add(new PaymentRecord($"DEMO-PAY-{issuedOn:yyyyMM}", 1, Company, issuedOn.AddDays(15), amount));
            }
        }

        await billing.UpsertInvoicesAsync(invoices, cancellationToken);
        await billing.UpsertPaymentsAsync(payments, cancellationToken);
        DemoLog.Loaded(logger, invoices.Count, payments.Count, start.ToString("yyyy-MM", CultureInfo.InvariantCulture));
    }
}

internal static partial class DemoLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Demo clients loaded: {Invoices} invoices and {Payments} payments from {From}.")]
    public static partial void Loaded(ILogger logger, int invoices, int payments, string from);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo clients were not loaded; they are tried again at the next start.")]
    public static partial void NotLoaded(ILogger logger, Exception exception);
}
