using Portal.Core;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Core.Registrations;
using Portal.Demo;
using Portal.Core.Billing;
using Portal.Core.Permits;

namespace Portal.UnitTests.Demo;

public sealed partial class FeedGeneratorTests
{
    private static readonly DateOnly _today = new(2025, 11, 14);
    private static readonly string[] _personServices = ["amateur", "maritime", "aeronautical", "land-mobile"];

    public static TheoryData<int> Seeds => [1, 42, 2025, -7];

    private static FeedSet Large => FeedGenerator.LargeClient(7, _today, 1000);

    [GeneratedRegex("^[0-9]*[HKMG][0-9]*$")]
    private static partial Regex BandwidthPart();

    [GeneratedRegex("^[0-9HKMG]{4}[A-Z][0-9X][A-Z]([A-Z]{2})?$")]
    private static partial Regex Emission();

    private static IEnumerable<FrequencyRecord> Frequencies(FeedSet set) =>
        set.Permits.SelectMany(permit => permit.Stations!).SelectMany(station => station.Frequencies!);

    private static IEnumerable<string> ExternalIds(FeedSet set) =>
        set.Clients.Select(c => c.ExternalId!)
            .Concat(set.BillingAccounts.Select(a => a.ExternalId!))
            .Concat(set.Permits.Select(p => p.ExternalId!))
            .Concat(set.Invoices.Select(i => i.ExternalId!))
            .Concat(set.Payments.Select(p => p.ExternalId!));

    [Fact]
    public void Demo_SameSeedAndDay_SameRecords()
    {
        var first = JsonSerializer.Serialize(FeedGenerator.Demo(42, _today));
        var second = JsonSerializer.Serialize(FeedGenerator.Demo(42, _today));
        var other = JsonSerializer.Serialize(FeedGenerator.Demo(43, _today));

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void LargeClient_SameSeedAndDay_SameRecords()
    {
        Assert.Equal(JsonSerializer.Serialize(Large), JsonSerializer.Serialize(Large));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Demo_EveryServiceKindAndArrangementOccurs(int seed)
    {
        var set = FeedGenerator.Demo(seed, _today);
        var companies = set.Clients.Where(c => c.Kind == "legal").ToList();

        Assert.Equal(8, set.Clients.Count(c => c.Kind == "natural"));
        Assert.Equal(6, companies.Count);
        Assert.All(Vocabulary<ServiceKind>.Texts, kind => Assert.Contains(set.Clients, c => c.Services!.Contains(kind)));
        Assert.All(Vocabulary<BillingArrangement>.Texts, arrangement => Assert.Contains(companies, c => c.BillingArrangement == arrangement));
        Assert.All(Vocabulary<ServiceKind>.Texts, kind => Assert.Contains(set.Permits, p => p.ServiceKind == kind));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ExternalIdsAndNumbers_AreUniqueAndKeySafe(int seed)
    {
        var demo = FeedGenerator.Demo(seed, _today);
        var large = FeedGenerator.LargeClient(seed, _today, 1000);
        var ids = ExternalIds(demo).Concat(ExternalIds(large)).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id =>
        {
            Assert.InRange(id.Length, 1, 100);
            Assert.StartsWith("GEN", id, StringComparison.Ordinal);
            Assert.DoesNotContain(id, c => char.IsControl(c) || c is '/' or '\\' or '#' or '?' or '|');
        });
        foreach (var set in new[] { demo, large })
        {
            string[] numbers = [.. set.Invoices.Select(i => i.Number!), .. set.Permits.Select(p => p.Number!), .. set.BillingAccounts.Select(a => a.Number!)];
            Assert.Equal(numbers.Length, numbers.Distinct().Count());
            Assert.All(numbers, number => Assert.InRange(number.Length, 1, 40));
        }

        string[] identities = [.. demo.Clients.Concat(large.Clients).Select(c => c.RegistrationNumber ?? PersonalCode.Normalize(c.PersonalCode)!)];
        Assert.Equal(identities.Length, identities.Distinct().Count());
        Assert.All(demo.Invoices.Concat(large.Invoices), invoice => Assert.Equal(1, invoice.Version));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void References_ResolveToRecordsOfTheSameClient(int seed)
    {
        foreach (var set in new[] { FeedGenerator.Demo(seed, _today), FeedGenerator.LargeClient(seed, _today, 1000) })
        {
            var clients = set.Clients.ToDictionary(c => c.ExternalId!);
            var accounts = set.BillingAccounts.ToDictionary(a => a.ExternalId!);

            Assert.All(set.BillingAccounts, a => Assert.Equal("legal", clients[a.ClientExternalId!].Kind));
            Assert.All(set.Permits, p => Assert.Contains(p.ClientExternalId!, clients.Keys));
            Assert.All(set.Payments, p => Assert.Contains(p.ClientExternalId!, clients.Keys));
            Assert.All(set.Invoices, invoice =>
            {
                var client = clients[invoice.ClientExternalId!];
                if (invoice.BillingAccountExternalId is { } account)
                {
                    Assert.Equal(client.ExternalId, accounts[account].ClientExternalId);
                }
                else
                {
                    Assert.Equal("natural", client.Kind);
                }
            });
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Clients_PassTheFeedRules(int seed)
    {
        var set = FeedGenerator.Demo(seed, _today, persons: 30, companies: 20);

        Assert.All(set.Clients.Where(c => c.Kind == "natural"), person =>
        {
            Assert.NotNull(PersonalCode.Normalize(person.PersonalCode));
            Assert.Null(person.RegistrationNumber);
            Assert.NotEmpty(person.Services!);
            Assert.All(person.Services!, service => Assert.Contains(service, _personServices));
            Assert.StartsWith("+371 2", person.Phone, StringComparison.Ordinal);
        });
        Assert.All(set.Clients.Where(c => c.Kind == "legal"), company =>
        {
            Assert.Null(company.PersonalCode);
            Assert.Matches("^[49][0-9]{10}$", company.RegistrationNumber);
            Assert.InRange(company.Services!.Count, 1, 4);
            Assert.StartsWith("+371 6", company.Phone, StringComparison.Ordinal);
        });
        Assert.All(set.Clients, client =>
        {
            Assert.InRange(client.Name!.Length, 1, 200);
            Assert.Contains(client.BillingArrangement, Vocabulary<BillingArrangement>.Texts);
            Assert.All(client.Services!, service => Assert.Contains(service, Vocabulary<ServiceKind>.Texts));
            Assert.True(client.Email!.All(char.IsAscii) && System.Net.Mail.MailAddress.TryCreate(client.Email, out _), client.Email);
        });
        Assert.All(set.BillingAccounts, a => Assert.True(a.InvoiceEmail is null || (a.InvoiceEmail.All(char.IsAscii) && System.Net.Mail.MailAddress.TryCreate(a.InvoiceEmail, out _))));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Permits_FitTheirClientAndTheStationRules(int seed)
    {
        foreach (var set in new[] { FeedGenerator.Demo(seed, _today), Large })
        {
            var services = set.Clients.ToDictionary(c => c.ExternalId!, c => c.Services!);
            Assert.All(set.Permits, permit =>
            {
                Assert.Contains(permit.ServiceKind!, services[permit.ClientExternalId!]);
                Assert.Contains(permit.Status, new[] { "valid", "suspended", "expired", "cancelled" });
                Assert.True(permit.ValidTo is null || permit.ValidTo >= permit.ValidFrom);
                Assert.True(permit.Status != "expired" || permit.ValidTo < _today);
                Assert.True(permit.CallSign is null || Regex.IsMatch(permit.CallSign, "^[A-Z0-9/]{1,20}$"), permit.CallSign);
                Assert.InRange(permit.Stations!.Count, permit.ServiceKind == "fixed-links" ? 2 : 1, permit.ServiceKind == "fixed-links" ? 2 : 20);
                Assert.True(JsonSerializer.Serialize(permit.Stations).Length < 30_000);
                Assert.All(permit.Stations, station =>
                {
                    Assert.InRange(station.Name!.Length, 1, 100);
                    Assert.Equal(station.Latitude is null, station.Longitude is null);
                    if (station.Latitude is { } latitude)
                    {
                        Assert.InRange(latitude, 55.67m, 58.08m);
                        Assert.InRange(station.Longitude!.Value, 20.97m, 28.24m);
                        Assert.Equal(decimal.Round(latitude, 6), latitude);
                    }

                    Assert.True(station.AzimuthDeg is null or >= 0 and < 360);
                    Assert.InRange(station.Frequencies!.Count, 1, 50);
                });
            });
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Frequencies_HaveValidEmissionsAndValues(int seed)
    {
        Assert.All(Frequencies(FeedGenerator.Demo(seed, _today)).Concat(Frequencies(Large)), frequency =>
        {
            Assert.Matches(BandwidthPart(), frequency.Emission![..4]);
            Assert.Matches(Emission(), frequency.Emission);
            Assert.InRange(frequency.FrequencyMHz!.Value, 0.000001m, 300_000m);
            Assert.InRange(frequency.BandwidthKHz!.Value, 0.001m, 1_000_000m);
            Assert.Equal(decimal.Round(frequency.FrequencyMHz.Value, 6), frequency.FrequencyMHz.Value);
            Assert.Contains(frequency.Direction, new[] { "tx", "rx", "txrx" });
        });
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Dates_AreNotAfterToday_AndAmountsAreCents(int seed)
    {
        foreach (var set in new[] { FeedGenerator.Demo(seed, _today), FeedGenerator.LargeClient(seed, _today, 1000) })
        {
            Assert.All(set.Invoices, invoice =>
            {
                Assert.InRange(invoice.IssuedOn!.Value, _today.AddYears(-3), _today);
                Assert.True(invoice.Kind == "credit-note" || invoice.DueOn > invoice.IssuedOn);
                Assert.NotNull(Cents.From(invoice.Amount));
            });
            Assert.All(set.Payments, payment =>
            {
                Assert.True(payment.ReceivedOn <= _today);
                Assert.NotNull(Cents.From(payment.Amount));
            });
            Assert.All(set.Permits, permit => Assert.True(permit.ValidFrom <= _today));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Demo_HasAnOverdueClientAClientInCreditCreditNotesAndCancellations(int seed)
    {
        var set = FeedGenerator.Demo(seed, _today);
        var balances = set.Clients.ToDictionary(
            c => c.ExternalId!,
            c => set.Invoices.Where(i => i.ClientExternalId == c.ExternalId && i.Status == "issued").Sum(i => i.Kind == "invoice" ? i.Amount!.Value : -i.Amount!.Value)
                - set.Payments.Where(p => p.ClientExternalId == c.ExternalId).Sum(p => p.Amount!.Value));
        var overdue = set.Clients.Where(c => set.Invoices.Any(i => i.ClientExternalId == c.ExternalId && i.Kind == "invoice" && i.Status == "issued" && i.DueOn < _today) && balances[c.ExternalId!] > 0);

        Assert.NotEmpty(overdue);
        Assert.Contains(balances.Values, balance => balance < 0);
        Assert.Contains(set.Invoices, i => i.Kind == "credit-note");
        Assert.Contains(set.Invoices, i => i.Status == "cancelled");

        // For every invoice state: credit notes naming the invoice they credit (one crediting it whole),
        // payments naming the invoice they pay, and payments naming none.
        var invoices = set.Invoices.ToDictionary(i => i.ExternalId!);
        Assert.Contains(set.Invoices, c => c.CreditsInvoiceExternalId is { } target && invoices[target].Amount == c.Amount);
        Assert.All(set.Invoices.Where(c => c.CreditsInvoiceExternalId is not null), c => Assert.Equal(invoices[c.CreditsInvoiceExternalId!].ClientExternalId, c.ClientExternalId));
        Assert.Contains(set.Payments, p => p.Allocations is [_, ..]);
        Assert.Contains(set.Payments, p => p.Allocations is null);
        Assert.All(set.Payments.Where(p => p.Allocations is not null), p =>
        {
            Assert.True(p.Allocations!.Sum(a => a.Amount!.Value) <= p.Amount);
            Assert.All(p.Allocations!, a => Assert.Equal(p.ClientExternalId, invoices[a.InvoiceExternalId!].ClientExternalId));
        });
    }

    [Fact]
    public void LargeClient_GivesExactlyThatManyInvoicesForOneClient()
    {
        var set = Large;
        var client = Assert.Single(set.Clients);

        Assert.Equal(1000, set.Invoices.Count);
        Assert.All(set.Invoices, invoice => Assert.Equal(client.ExternalId, invoice.ClientExternalId));
        Assert.Equal(Vocabulary<ServiceKind>.Texts, client.Services);
        Assert.InRange(set.BillingAccounts.Count, 35, 45);
        Assert.InRange(set.Permits.Count, 200, 400);
        Assert.Equal(Vocabulary<ServiceKind>.Texts.Order(), set.Permits.Select(p => p.ServiceKind!).Distinct().Order());
        Assert.InRange(set.Payments.Count, 900, 980);
        Assert.Contains(set.Invoices, i => i.Kind == "credit-note");
        Assert.True(set.Invoices.Select(i => i.BillingAccountExternalId).Distinct().Count() > 20);
        Assert.True(set.Invoices[0].IssuedOn <= _today.AddYears(-3).AddDays(2) && set.Invoices[^1].IssuedOn >= _today.AddDays(-2));
    }
}
