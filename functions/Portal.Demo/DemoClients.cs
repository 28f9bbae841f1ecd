using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Clients;

using Portal.Core;
using Portal.Core.BackOffice;
using Portal.Core.Billing;
using Portal.Core.Permits;
using Portal.Core.Submissions;

namespace Portal.Demo;

/// <summary>
/// Development only (with the demo users): the demo users' clients with billing accounts, permits,
/// invoices and payments, and a generated set of varied Latvian clients (<see cref="FeedGenerator"/>),
/// all fed through the same feed code the back office's API uses, so `./dev up` shows the client pages
/// with something in them. The demo users' clients have fixed external ids and versions that follow the
/// month: a restart within the month changes nothing, the next month brings newer versions and the
/// month's invoice. The generated set is fed once, for the month of the first start, and then ages.
/// </summary>
internal sealed class DemoClients(
    IOptions<DemoDataOptions> options,
    ClientFeed clients,
    BillingFeed billing,
    PermitFeed permits,
    PermitDocuments documents,
    PermitViews permitViews,
    Submissions submissions,
    FormCatalog forms,
    ClientStore store,
    AccountStore accounts,
    DemoSubmissions sent,
    TimeProvider time,
    ILogger<DemoClients> logger) : BackgroundService
{
    private const string Person = "DEMO-CLIENT-JANIS";
    private const string Company = "DEMO-CLIENT-SIA-VILNI";
    private const int Seed = 2026;

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
        var today = RigaCalendar.DateOf(time.GetUtcNow());
        var month = new DateOnly(today.Year, today.Month, 1);
        var version = (long)(month.Year * 12) + month.Month;
        // The generated set is made once (it depends on the day it is made for) and then left to age like real data.
        var generatedSet = FeedGenerator.Demo(Seed, month);
        var alreadyFed = await store.GetByExternalIdAsync(generatedSet.Clients[0].ExternalId!, cancellationToken) is not null;
        var set = alreadyFed ? Fixed(month) : Combine(Fixed(month), generatedSet);
        await FeedAsync(set.Clients, (batch, token) => clients.UpsertManyAsync(batch, token), version, cancellationToken);
        await FeedAsync(set.BillingAccounts, billing.UpsertBillingAccountsAsync, version, cancellationToken);
        await FeedAsync(set.Permits, permits.UpsertAsync, version, cancellationToken);
        await FeedAsync(set.Invoices, billing.UpsertInvoicesAsync, version, cancellationToken);
        await FeedAsync(set.Payments, billing.UpsertPaymentsAsync, version, cancellationToken);

        // An invoice due in 7 days and a permit ending in 30, counted from the day the demo starts, for the reminder digests: a newer version each day.
        await FeedAsync([Upcoming.Permit(Company, today)], permits.UpsertAsync, today.DayNumber, cancellationToken);
        await FeedAsync([Upcoming.Invoice(Company, today)], billing.UpsertInvoicesAsync, today.DayNumber, cancellationToken);

        var person = (await store.GetByExternalIdAsync(Person, cancellationToken))!;
        var company = (await store.GetByExternalIdAsync(Company, cancellationToken))!;

        // The fixed clients' permits have an e-permit to download (a sample PDF; the back office puts real, signed ones).
        foreach (var permit in Fixed(month).Permits)
        {
            var holder = permit.ClientExternalId == Person ? person.Name : company.Name;
            await documents.StoreAsync(permit.ExternalId!, await DemoEPermit.PdfAsync(permit, holder, cancellationToken), cancellationToken);
        }
        var generated = (await store.GetByExternalIdAsync(generatedSet.Clients.First(c => c.Kind == "legal").ExternalId!, cancellationToken))!;
        var (janis, anna) = (DemoDataOptions.Users[0].Email, DemoDataOptions.Users[1].Email);
        if (await accounts.FindByEmailAsync(janis, cancellationToken) is { } first)
        {
            await store.AddMemberAsync(first.Id, person, Vocabulary<Scope>.All, cancellationToken);
            await store.AddMemberAsync(first.Id, company, Vocabulary<Scope>.All, cancellationToken);
            await DraftsAsync(company, Editor.Of(first), today, cancellationToken);
            await sent.EnsureAsync(company, first, Fixed(month).Permits.Single(p => p.ExternalId == "DEMO-AT-VILNI-1"), cancellationToken);
        }

        if (await accounts.FindByEmailAsync(anna, cancellationToken) is { } second)
        {
            await store.AddMemberAsync(second.Id, company, [Scope.Finance, Scope.Technical], cancellationToken);
            await store.AddMemberAsync(second.Id, generated, [Scope.Technical], cancellationToken);
        }

        DemoLog.Loaded(logger, set.Clients.Count, set.Permits.Count, set.Invoices.Count, set.Payments.Count);
    }

    /// <summary>
    /// Two drafts of the company's, begun by Jānis, once (a draft of the kind already there is left as it is): an amendment of its radio network
    /// permit begun from the permit's values as the portal begins one, and a usage-permit request for its fixed link installed yesterday.
    /// </summary>
    private async Task DraftsAsync(Client company, Editor editor, DateOnly today, CancellationToken cancellationToken)
    {
        var held = (await submissions.ListAsync(company.Id, cancellationToken)).Where(s => s.Status == SubmissionStatus.Draft).Select(s => s.Kind).ToHashSet();
        if (!held.Contains("amendment") && await permitViews.PermitAsync(company.Id, "DEMO-AT-VILNI-1", cancellationToken) is { } permit)
        {
            await submissions.CreateAsync(company.Id, editor, forms.NewestOf("amendment")!, PermitPrefill.Content(permit), cancellationToken);
        }

        if (!held.Contains("usage-permit"))
        {
            using var content = System.Text.Json.JsonDocument.Parse(
                $$"""{ "installationPermitId": "DEMO-AT-VILNI-2", "installedOn": "{{today.AddDays(-1):yyyy-MM-dd}}", "readyForService": true }""");
            await submissions.CreateAsync(company.Id, editor, forms.NewestOf("usage-permit")!, content.RootElement.Clone(), cancellationToken);
        }
    }

    /// <summary>Each kind in batches of the feed's size, every record at the set's version; a refused record is logged (it is a bug in the set).</summary>
    private async Task FeedAsync<T>(IReadOnlyList<T> records, Func<IReadOnlyList<T>, CancellationToken, Task<IReadOnlyList<FeedResult>>> feed, long version, CancellationToken cancellationToken)
        where T : IFeedRecord
    {
        foreach (var batch in records.Chunk(FeedValidation.MaxBatch))
        {
            DemoLog.Refused(logger, await feed([.. batch.Select(r => WithVersion(r, version))], cancellationToken));
        }
    }

    private static T WithVersion<T>(T record, long version)
        where T : IFeedRecord => record switch
        {
            ClientRecord r => (T)(object)(r with { Version = version }),
            BillingAccountRecord r => (T)(object)(r with { Version = version }),
            PermitRecord r => (T)(object)(r with { Version = version }),
            InvoiceRecord r => (T)(object)(r with { Version = version }),
            PaymentRecord r => (T)(object)(r with { Version = version }),
            _ => throw new ArgumentException($"Not a fed record: {typeof(T)}", nameof(record)),
        };

    private static FeedSet Combine(FeedSet first, FeedSet second) => new(
        [.. first.Clients, .. second.Clients],
        [.. first.BillingAccounts, .. second.BillingAccounts],
        [.. first.Permits, .. second.Permits],
        [.. first.Invoices, .. second.Invoices],
        [.. first.Payments, .. second.Payments]);

    /// <summary>
    /// The demo users' clients: Jānis Bērziņš, a radio amateur paying in advance, and “SIA Radio
    /// Viļņi” (a taxi company's radio network and its links) on monthly invoices over two billing
    /// accounts - a year of invoices in every state an invoice can be in.
    /// </summary>
    private static FeedSet Fixed(DateOnly month)
    {
        ClientRecord[] clientRecords =
        [
            new(Person, 1, "natural", "Jānis Bērziņš", "32000000001", null, "Brīvības iela 1, Rīga, LV-1010", "janis.berzins@demo.radioatlaujas.lv", "+371 20000000", "advance-payment", ["amateur"]),
            new(Company, 1, "legal", "SIA “Radio Viļņi”", null, "40003000001", "Eksporta iela 5, Rīga, LV-1045", "birojs@demo.radioatlaujas.lv", "+371 67000000", "monthly-invoice", ["land-mobile", "fixed-links"]),
        ];
        BillingAccountRecord[] accountRecords =
        [
            new("DEMO-NK-VILNI-1", 1, Company, "NK-0001001", "Centrālais birojs", "monthly-invoice", "rekini@demo.radioatlaujas.lv", "open"),
            new("DEMO-NK-VILNI-2", 1, Company, "NK-0001002", "Liepājas filiāle", "monthly-invoice", null, "open"),
        ];
        PermitRecord[] permitRecords =
        [
            new("DEMO-AT-JANIS-1", 1, Person, "AT-2024-00017", "amateur", "valid", new DateOnly(2024, 3, 1), new DateOnly(2029, 2, 28), "YL2JB",
            [
                new("Mājas stacija", "Brīvības iela 1, Rīga", 56.951234m, 24.113456m, 18m, 2.1m, null, "horizontal", "Icom IC-7300",
                [
                    new(7.1m, 2.7m, "2K70J3E", 100m, "txrx"),
                    new(14.2m, 2.7m, "2K70J3E", 100m, "txrx"),
                    new(145.5m, 16m, "16K0F3E", 50m, "txrx"),
                ]),
            ]),
            new("DEMO-AT-VILNI-1", 1, Company, "AT-2023-00412", "land-mobile", "valid", new DateOnly(2023, 5, 1), new DateOnly(2028, 4, 30), null,
            [
                new("Dispečeru centrs", "Eksporta iela 5, Rīga", 56.962345m, 24.098765m, 35m, 6m, null, "vertical", "Motorola DM4600",
                [
                    new(446.1125m, 12.5m, "7K60FXE", 25m, "tx"),
                    new(456.1125m, 12.5m, "7K60FXE", 25m, "rx"),
                ]),
                new("Retranslators Baloži", "Baloži, Ķekavas novads", 56.874321m, 24.117654m, 60m, 8.5m, null, "vertical", "Motorola SLR 8000",
                [
                    new(456.1125m, 12.5m, "7K60FXE", 40m, "tx"),
                    new(446.1125m, 12.5m, "7K60FXE", 40m, "rx"),
                ]),
            ]),
            new("DEMO-AT-VILNI-2", 1, Company, "AT-2025-00088", "fixed-links", "valid", new DateOnly(2025, 1, 15), new DateOnly(2030, 1, 14), null,
            [
                new("Eksporta iela", "Eksporta iela 5, Rīga", 56.962345m, 24.098765m, 42m, 38.5m, 172.4m, "vertical", "Ericsson MINI-LINK 6352",
                [
                    new(18_025m, 27_500m, "28M0G7W", 0.1m, "tx"),
                    new(19_035m, 27_500m, "28M0G7W", 0.1m, "rx"),
                ]),
                new("Baloži", "Baloži, Ķekavas novads", 56.874321m, 24.117654m, 58m, 38.5m, 352.4m, "vertical", "Ericsson MINI-LINK 6352",
                [
                    new(19_035m, 27_500m, "28M0G7W", 0.1m, "tx"),
                    new(18_025m, 27_500m, "28M0G7W", 0.1m, "rx"),
                ]),
            ]),
        ];

        // A year of monthly invoices for the company, showing every state an invoice can be in: the first eight paid (by
        // payments naming them, or, every other one, by payments naming none, settled oldest due first), the ninth
        // credited whole by a credit note, the tenth half paid and overdue, the eleventh overdue, this month's half paid;
        // beside them an open invoice of this month and a cancelled one. Jānis pays ahead each year.
        var start = month.AddMonths(-11);
        var invoices = new List<InvoiceRecord>();
        var payments = new List<PaymentRecord>();
        AllocationRecord[] Naming(string invoice, decimal amount) => [new(invoice, amount)];
        for (var i = 0; i < 12; i++)
        {
            var issuedOn = start.AddMonths(i);
            var amount = 180m + (i % 3 * 12.5m);
            var id = $"DEMO-INV-{issuedOn:yyyyMM}";
            invoices.Add(new InvoiceRecord(
                id, 1, Company, $"RE-{issuedOn:yyyy}-{i + 1:D4}", "invoice", issuedOn, issuedOn.AddDays(i == 11 ? 30 : 20), amount, "issued",
                i % 2 == 0 ? "DEMO-NK-VILNI-1" : "DEMO-NK-VILNI-2", PaymentReference: $"{issuedOn:yyyyMM}{i + 1:D4}"));
            switch (i)
            {
                case < 8:
                    payments.Add(new PaymentRecord($"DEMO-PAY-{issuedOn:yyyyMM}", 1, Company, issuedOn.AddDays(15), amount, i % 2 == 0 ? Naming(id, amount) : null));
                    break;
                case 8:
                    invoices.Add(new InvoiceRecord($"DEMO-KR-{issuedOn:yyyyMM}", 1, Company, $"KR-{issuedOn:yyyy}-0001", "credit-note", issuedOn.AddDays(5), null, amount, "issued", "DEMO-NK-VILNI-1", id));
                    break;
                case 9:
                    payments.Add(new PaymentRecord($"DEMO-PAY-{issuedOn:yyyyMM}", 1, Company, issuedOn.AddDays(15), amount / 2, Naming(id, amount / 2)));
                    break;
                case 11:
                    payments.Add(new PaymentRecord($"DEMO-PAY-{issuedOn:yyyyMM}", 1, Company, issuedOn, amount / 2, Naming(id, amount / 2)));
                    invoices.Add(new InvoiceRecord($"{id}-2", 1, Company, $"RE-{issuedOn:yyyy}-{i + 2:D4}", "invoice", issuedOn, issuedOn.AddDays(30), 64.20m, "issued", "DEMO-NK-VILNI-2"));
                    break;
            }
        }

        var cancelledOn = start.AddMonths(6).AddDays(2);
        invoices.Add(new InvoiceRecord($"DEMO-INV-{cancelledOn:yyyyMM}-X", 1, Company, $"RE-{cancelledOn:yyyy}-0099", "invoice", cancelledOn, cancelledOn.AddDays(20), 12.5m, "cancelled", "DEMO-NK-VILNI-1"));
        payments.Add(new PaymentRecord($"DEMO-PAY-JANIS-{month:yyyy}", 1, Person, new DateOnly(month.Year, 1, 10), 42.69m));
        return new FeedSet(clientRecords, accountRecords, permitRecords, invoices, payments);
    }
}
