using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Portal.Core;
using Portal.Core.Storage;

namespace Portal.IntegrationTests;

/// <summary>The invoice list: each filter and order, paging across pages, and bad input refused field by field.</summary>
[Collection(PortalCollection.Name)]
public sealed class InvoiceListTests(PortalFixture portal)
{
    /// <summary>
    /// For each filter alone, several together, and each order, with a small page size: following the
    /// tokens lists exactly the invoices of the whole list the filter selects, in the order's own
    /// sequence, with no gaps and no repeats. The whole list (every state decided when read) is the
    /// truth here; <see cref="BillingFeedTests"/> checks it against a recomputation from the records.
    /// </summary>
    [Fact]
    [Trait("Clause", "28")]
    public async Task EveryFilterAndOrder_ListsWhatTheFilterSelects_AcrossPagesWithoutGapsOrRepeats()
    {
        var (clientExternalId, member, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var today = RigaCalendar.DateOf(DateTimeOffset.UtcNow);
        var random = new Random(7);
        var accounts = new[] { $"BA-{Guid.NewGuid():N}", $"BA-{Guid.NewGuid():N}" };
        await BillingFeedTests.FeedAsync(backOffice, "billing-accounts", [.. accounts.Select((id, i) => new
        {
            externalId = id, version = 1, clientExternalId, number = $"K-{i + 1}", name = $"Konts {i + 1}", billingArrangement = "monthly-invoice", status = "open",
        })]);

        var records = new List<object>();
        var ids = new List<string>();
        for (var i = 0; i < 45; i++)
        {
            var id = $"INV-{Guid.NewGuid():N}";
            ids.Add(id);
            var issuedOn = today.AddDays(random.Next(-120, 5));
            var dueOn = issuedOn.AddDays(random.Next(0, 40));
            records.Add(new
            {
                externalId = id, version = 1, clientExternalId, number = $"RE-{i:D3}", kind = i % 11 == 10 ? "credit-note" : "invoice",
                issuedOn = Date(issuedOn), dueOn = Date(dueOn), amount = random.Next(100, 90_000) / 100m,
                status = i % 13 == 12 ? "cancelled" : "issued", billingAccountExternalId = i % 3 == 0 ? null : accounts[i % 2],
                paymentReference = i % 4 == 0 ? $"RF{i % 8:D2}-{i:D3}" : null,
            });
        }

        await BillingFeedTests.FeedAsync(backOffice, "invoices", [.. records]);
        await BillingFeedTests.FeedAsync(backOffice, "payments", new
        {
            externalId = $"PAY-{Guid.NewGuid():N}", version = 1, clientExternalId, receivedOn = Date(today), amount = 300m,
            allocations = new[] { new { invoiceExternalId = ids[7], amount = 1m }, new { invoiceExternalId = ids[8], amount = 2.5m } },
        });

        var all = await BillingFeedTests.AllAsync(member, $"/api/clients/{clientId}/invoices?pageSize=100");
        Assert.Equal(45, all.Count);
        var states = all.Select(i => i.GetProperty("state").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "open", "paid", "overdue", "cancelled", "applied" }, states);

        string S(JsonElement i, string p) => i.GetProperty(p).ValueKind == JsonValueKind.Null ? "" : i.GetProperty(p).ToString();
        decimal Amount(JsonElement i) => i.GetProperty("amount").GetDecimal();
        var byIssued = all.OrderByDescending(i => S(i, "issuedOn"), StringComparer.Ordinal).ThenBy(i => S(i, "id"), StringComparer.Ordinal).ToList();
        var byDue = all.OrderBy(i => S(i, "dueOn"), StringComparer.Ordinal).ThenBy(i => S(i, "number"), StringComparer.Ordinal).ThenBy(i => S(i, "id"), StringComparer.Ordinal).ToList();
        var byAmount = all.OrderByDescending(Amount).ThenBy(i => S(i, "id"), StringComparer.Ordinal).ToList();
        var (from, to) = (Date(today.AddDays(-60)), Date(today.AddDays(-10)));
        var accountNumber = "K-2";

        var cases = new (string Query, List<JsonElement> Order, Func<JsonElement, bool> Selects)[]
        {
            ("", byIssued, _ => true),
            ("sort=due", byDue, _ => true),
            ("sort=amount", byAmount, _ => true),
            ("state=overdue", byIssued, i => S(i, "state") == "overdue"),
            ("state=open,partly-paid,overdue&sort=due", byDue, i => S(i, "state") is "open" or "partly-paid" or "overdue"),
            ("state=paid&sort=amount", byAmount, i => S(i, "state") == "paid"),
            ("state=partly-paid", byIssued, i => S(i, "state") == "partly-paid"),
            ("state=cancelled,applied", byIssued, i => S(i, "state") is "cancelled" or "applied"),
            ($"issuedFrom={from}&issuedTo={to}", byIssued, i => string.CompareOrdinal(S(i, "issuedOn"), from) >= 0 && string.CompareOrdinal(S(i, "issuedOn"), to) <= 0),
            ($"dueFrom={from}&dueTo={to}&sort=due", byDue, i => string.CompareOrdinal(S(i, "dueOn"), from) >= 0 && string.CompareOrdinal(S(i, "dueOn"), to) <= 0),
            ("minAmount=100&maxAmount=500.5&sort=amount", byAmount, i => Amount(i) is >= 100m and <= 500.5m),
            ($"billingAccount={accounts[1]}", byIssued, i => S(i, "billingAccount") == accountNumber),
            ("number=RE-01", byIssued, i => S(i, "number").StartsWith("RE-01", StringComparison.Ordinal)),
            ("reference=RF04&sort=amount", byAmount, i => S(i, "paymentReference").StartsWith("RF04", StringComparison.Ordinal)),
            ("number=RE-0&reference=RF0&sort=due", byDue, i => S(i, "number").StartsWith("RE-0", StringComparison.Ordinal) && S(i, "paymentReference").StartsWith("RF0", StringComparison.Ordinal)),
            ("number=RE-0&state=open,partly-paid,overdue&sort=due", byDue, i => S(i, "number").StartsWith("RE-0", StringComparison.Ordinal) && S(i, "state") is "open" or "partly-paid" or "overdue"),
            ($"state=overdue,paid&minAmount=50&dueTo={Date(today)}&sort=amount", byAmount,
                i => S(i, "state") is "overdue" or "paid" && Amount(i) >= 50m && string.CompareOrdinal(S(i, "dueOn"), Date(today)) <= 0),
        };
        foreach (var (query, order, selects) in cases)
        {
            var listed = await BillingFeedTests.AllAsync(member, $"/api/clients/{clientId}/invoices?pageSize=4{(query.Length == 0 ? "" : "&" + query)}");
            var expected = order.Where(selects).Select(i => S(i, "id")).ToList();
            Assert.True(expected.SequenceEqual(listed.Select(i => S(i, "id"))), $"{query}: expected {string.Join(", ", expected)}; listed {string.Join(", ", listed.Select(i => S(i, "id")))}");
        }
    }

    /// <summary>
    /// Three invoices due the same day and money that names none enough for one and a half: they are
    /// settled in number order, and a state filter picks each one out although storage cannot tell them apart.
    /// </summary>
    [Fact]
    public async Task OnTheDateUnnamedMoneyRunsOut_InvoicesAreSettledInNumberOrder_AndFilteredByTheirOwnState()
    {
        var (clientExternalId, member, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var today = RigaCalendar.DateOf(DateTimeOffset.UtcNow);
        var ids = Enumerable.Range(0, 3).Select(_ => $"INV-{Guid.NewGuid():N}").ToList();
        await BillingFeedTests.FeedAsync(backOffice, "invoices", [.. ids.Select((id, i) => new
        {
            externalId = id, version = 1, clientExternalId, number = $"RE-{2 - i}", kind = "invoice", issuedOn = Date(today), dueOn = Date(today.AddDays(10)), amount = 100m, status = "issued",
        })]);
        await BillingFeedTests.FeedAsync(backOffice, "payments", new { externalId = $"PAY-{Guid.NewGuid():N}", version = 1, clientExternalId, receivedOn = Date(today), amount = 150m });

        async Task<List<(string Id, string State, decimal OldestFirst)>> ListAsync(string query) =>
            [.. (await BillingFeedTests.AllAsync(member, $"/api/clients/{clientId}/invoices?pageSize=1{query}"))
                .Select(i => (i.GetProperty("id").GetString()!, i.GetProperty("state").GetString()!, i.GetProperty("oldestFirst").GetDecimal()))];

        // By number: RE-0 is ids[2], RE-1 is ids[1], RE-2 is ids[0].
        Assert.Equal([(ids[2], "paid", 100m), (ids[1], "partly-paid", 50m), (ids[0], "open", 0m)], await ListAsync("&sort=due"));
        Assert.Equal([(ids[2], "paid", 100m)], await ListAsync("&state=paid"));
        Assert.Equal([(ids[1], "partly-paid", 50m)], await ListAsync("&state=partly-paid"));
        Assert.Equal([(ids[0], "open", 0m)], await ListAsync("&state=open"));
        Assert.Equal([(ids[1], "partly-paid", 50m), (ids[0], "open", 0m)], await ListAsync("&state=open,partly-paid,overdue&sort=due"));
        var balance = await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/balance");
        Assert.Equal(150m, balance.GetProperty("due").GetDecimal());
    }

    /// <summary>
    /// The unpaid invoices by due date read more rows than a page shows (rows on the date unnamed money runs out may turn out
    /// paid): a page that read more than it shows goes on after its last row, with nothing lost or repeated. An aggregate
    /// written before it kept how far unnamed money reaches lists the same, from its open amounts by date.
    /// </summary>
    [Fact]
    public async Task UnpaidByDue_APageThatReadMoreThanItShows_GoesOnAfterItsLastRow_AndAnOlderAggregateListsTheSame()
    {
        var (clientExternalId, member, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var today = RigaCalendar.DateOf(DateTimeOffset.UtcNow);
        var ids = Enumerable.Range(0, 3).Select(_ => $"INV-{Guid.NewGuid():N}").ToList();
        await BillingFeedTests.FeedAsync(backOffice, "invoices", [.. ids.Select((id, i) => new
        {
            externalId = id, version = 1, clientExternalId, number = $"RE-{i}", kind = "invoice", issuedOn = Date(today), dueOn = Date(today.AddDays(10)), amount = 100m, status = "issued",
        })]);
        await BillingFeedTests.FeedAsync(backOffice, "payments", new { externalId = $"PAY-{Guid.NewGuid():N}", version = 1, clientExternalId, receivedOn = Date(today), amount = 50m });

        async Task<List<(string Id, string State, decimal OldestFirst)>> UnpaidAsync() =>
            [.. (await BillingFeedTests.AllAsync(member, $"/api/clients/{clientId}/invoices?pageSize=1&state=open,partly-paid,overdue&sort=due"))
                .Select(i => (i.GetProperty("id").GetString()!, i.GetProperty("state").GetString()!, i.GetProperty("oldestFirst").GetDecimal()))];
        List<(string, string, decimal)> expected = [(ids[0], "partly-paid", 50m), (ids[1], "open", 0m), (ids[2], "open", 0m)];

        Assert.Equal(expected, await UnpaidAsync());

        // As an aggregate packed before the reach was kept: without its three properties.
        var billing = await portal.Service<PortalStorage>().TableAsync(StorageNames.BillingTable, CancellationToken.None);
        var aggregate = (await billing.GetEntityAsync<TableEntity>($"billing|{clientId}", "balance")).Value;
        Assert.Equal(Date(today.AddDays(10)), aggregate.GetString("SplitDate"));
        foreach (var property in new[] { "PaidThrough", "SplitDate", "LeftOnSplitDate" })
        {
            aggregate.Remove(property);
        }

        await billing.UpdateEntityAsync(aggregate, aggregate.ETag, TableUpdateMode.Replace);
        Assert.Equal(expected, await UnpaidAsync());
        Assert.Equal(250m, (await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/balance")).GetProperty("due").GetDecimal());

        // A page's token says what the split date's rows up to its last leave open, for the aggregate as it was: after a
        // payment names the first invoice, the next page settles the second with the money it no longer needs.
        var path = $"/api/clients/{clientId}/invoices?pageSize=1&state=open,partly-paid,overdue&sort=due";
        var token = Uri.EscapeDataString((await member.GetFromJsonAsync<JsonElement>(path)).GetProperty("continuationToken").GetString()!);
        await BillingFeedTests.FeedAsync(backOffice, "payments", new
        {
            externalId = $"PAY-{Guid.NewGuid():N}", version = 1, clientExternalId, receivedOn = Date(today), amount = 100m,
            allocations = new[] { new { invoiceExternalId = ids[0], amount = 100m } },
        });
        var next = Assert.Single((await member.GetFromJsonAsync<JsonElement>($"{path}&continuationToken={token}")).GetProperty("items").EnumerateArray());
        Assert.Equal((ids[1], "partly-paid", 50m), (next.GetProperty("id").GetString()!, next.GetProperty("state").GetString()!, next.GetProperty("oldestFirst").GetDecimal()));
    }

    /// <summary>
    /// The most a payment's write can touch: a newer version that names 8 other invoices, each with a
    /// payment reference (6 rows), rewrites 16 invoices in one transaction; a ninth invoice is refused.
    /// </summary>
    [Fact]
    public async Task APaymentNamingEightInvoices_MovesToEightOthersInOneWrite_AndANinthIsRefused()
    {
        var (clientExternalId, member, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var ids = Enumerable.Range(0, 17).Select(_ => $"INV-{Guid.NewGuid():N}").ToList();
        await BillingFeedTests.FeedAsync(backOffice, "invoices", [.. ids.Select((id, i) => new
        {
            externalId = id, version = 1, clientExternalId, number = $"RE-{i:D2}", kind = "invoice", issuedOn = "2026-10-01", dueOn = "2026-10-31", amount = 10m, status = "issued",
            paymentReference = $"RF-{i:D2}",
        })]);
        var payment = $"PAY-{Guid.NewGuid():N}";
        object Payment(int version, IEnumerable<string> named) => new
        {
            externalId = payment, version, clientExternalId, receivedOn = "2026-10-15", amount = 90m, allocations = named.Select(id => new { invoiceExternalId = id, amount = 10m }).ToArray(),
        };

        var first = await BillingFeedTests.FeedAsync(backOffice, "payments", Payment(1, ids.Take(8)));
        var moved = await BillingFeedTests.FeedAsync(backOffice, "payments", Payment(2, ids.Skip(8).Take(8)));
        var nine = await BillingFeedTests.FeedAsync(backOffice, "payments", Payment(3, ids.Take(9)));

        Assert.Equal("created", first[0].GetProperty("status").GetString());
        Assert.Equal("updated", moved[0].GetProperty("status").GetString());
        Assert.True(nine[0].GetProperty("errors").TryGetProperty("allocations", out _), nine[0].ToString());
        var listed = (await BillingFeedTests.AllAsync(member, $"/api/clients/{clientId}/invoices?sort=due&pageSize=100")).ToDictionary(i => i.GetProperty("id").GetString()!);
        Assert.All(ids.Skip(8).Take(8), id => Assert.Equal(10m, listed[id].GetProperty("allocated").GetDecimal()));
        Assert.All(ids.Take(8), id => Assert.Equal(0m, listed[id].GetProperty("allocated").GetDecimal()));

        // The ten euros the payment names no invoice with settle the first by number, RE-00, whole.
        Assert.Equal("paid", listed[ids[0]].GetProperty("state").GetString());
        Assert.Equal("overdue", listed[ids[1]].GetProperty("state").GetString());
    }

    [Fact]
    public async Task BadFiltersAndATokenOfAnotherFilter_AreRefusedFieldByField()
    {
        var (clientExternalId, member, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        await BillingFeedTests.FeedAsync(backOffice, "invoices", [.. Enumerable.Range(0, 3).Select(i => new
        {
            externalId = $"INV-{Guid.NewGuid():N}", version = 1, clientExternalId, number = $"RE-{i}", kind = "invoice", issuedOn = "2026-10-01", dueOn = "2026-10-31", amount = 10m, status = "issued",
        })]);
        var path = $"/api/clients/{clientId}/invoices";

        var bad = await ProblemAssert.IsProblemAsync(
            await member.GetAsync($"{path}?sort=number&state=unpaid&issuedFrom=2026-13-01&dueFrom=2026-05-01&dueTo=2026-04-01&minAmount=20&maxAmount=10&pageSize=101&number=a|b"),
            HttpStatusCode.BadRequest);
        var errors = bad.GetProperty("errors");
        foreach (var field in new[] { "sort", "state", "issuedFrom", "dueTo", "maxAmount", "pageSize", "number" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }

        await ProblemAssert.IsProblemAsync(await member.GetAsync($"{path}?pageSize=0"), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await member.GetAsync($"{path}?minAmount=-5"), HttpStatusCode.BadRequest);

        var first = await member.GetFromJsonAsync<JsonElement>($"{path}?pageSize=1&sort=due");
        var token = Uri.EscapeDataString(first.GetProperty("continuationToken").GetString()!);
        Assert.Single((await member.GetFromJsonAsync<JsonElement>($"{path}?pageSize=1&sort=due&continuationToken={token}")).GetProperty("items").EnumerateArray());
        foreach (var other in new[] { $"{path}?pageSize=1&continuationToken={token}", $"{path}?pageSize=1&sort=due&state=open&continuationToken={token}", $"{path}?continuationToken=bm90IGEgdG9rZW4" })
        {
            var foreign = await ProblemAssert.IsProblemAsync(await member.GetAsync(other), HttpStatusCode.BadRequest);
            Assert.True(foreign.GetProperty("errors").TryGetProperty("continuationToken", out _));
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
