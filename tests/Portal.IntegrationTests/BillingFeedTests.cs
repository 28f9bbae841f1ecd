using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Core;
using Portal.Core.Accounts;
using Portal.Core.Clients;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>Invoices, credit notes and payments from the back office, and the balance aggregate kept exact on every write.</summary>
[Collection(PortalCollection.Name)]
public sealed class BillingFeedTests(PortalFixture portal)
{
    private const string Password = "Zvaigzne42";

    /// <summary>
    /// Property: after any sequence of feeds - new records, newer versions (amounts, due dates,
    /// cancellations), replays and stale versions, payments that name invoices and payments that do
    /// not, credit notes that name an invoice and ones that do not, in batches - the balance read from
    /// the aggregate and every invoice's figures and state equal a recomputation from the records as
    /// they finally stand, and the invoices' open amounts add up to the balance. Large batches span
    /// several transactions; invoices and payments sent at once contend for the aggregate.
    /// </summary>
    [Theory]
    [Trait("Clause", "28")]
    [InlineData(1, 8, 12, false)]
    [InlineData(2, 8, 12, false)]
    [InlineData(3, 8, 12, true)]
    [InlineData(4, 8, 12, true)]
    [InlineData(5, 100, 4, true)]
    [InlineData(6, 30, 8, false)]
    public async Task Balance_AfterARandomSequenceOfFeeds_EqualsARecomputationFromTheRecords(int seed, int batch, int steps, bool together)
    {
        var random = new Random(seed);
        var (clientExternalId, member, clientId) = await ClientWithMemberAsync();
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var today = RigaCalendar.DateOf(DateTimeOffset.UtcNow);
        var invoices = new Dictionary<string, FedInvoice>(StringComparer.Ordinal);
        var payments = new Dictionary<string, FedPayment>(StringComparer.Ordinal);

        for (var step = 0; step < steps; step++)
        {
            var invoiceBatch = new List<object>();
            var paymentBatch = new List<object>();

            // Records named by others are those stored before this step and left alone by it, so that whether a name is accepted does not hang on timing.
            var nameable = invoices.Values.Where(i => i.Kind == "invoice" && !i.Cancelled).Select(i => i.Id).ToList();
            // The invoices first, so that a payment never names one this step changes.
            var size = random.Next(1, batch);
            foreach (var roll in Enumerable.Range(0, size).Select(_ => random.Next(10)).Order().ToList())
            {
                if (roll < 5)
                {
                    // A new invoice or credit note, or a newer version of one (or a replay / stale one, which must change nothing).
                    var existing = invoices.Count > 0 && random.Next(2) == 0 ? invoices.Values.ElementAt(random.Next(invoices.Count)) : null;
                    var id = existing?.Id ?? $"INV-{Guid.NewGuid():N}";
                    if (invoiceBatch.Any(r => Id(r) == id))
                    {
                        continue;
                    }

                    nameable.Remove(id);
                    if (existing is not null && random.Next(3) == 0)
                    {
                        invoiceBatch.Add(random.Next(2) == 0 ? existing.Record : WithVersion(existing.Record, existing.Version - 1));
                        continue;
                    }

                    var version = (existing?.Version ?? 0) + 1;
                    var kind = random.Next(4) == 0 ? "credit-note" : "invoice";
                    var cents = random.Next(1, 500_000);
                    var cancelled = random.Next(6) == 0;
                    // Few due dates, so that several invoices share the one where unnamed money runs out.
                    var dueOn = today.AddDays(10 * random.Next(-8, 4));
                    var issuedOn = dueOn.AddDays(-random.Next(0, 30));
                    var credits = kind == "credit-note" && nameable.Count > 0 && random.Next(2) == 0 ? nameable[random.Next(nameable.Count)] : null;
                    var record = new
                    {
                        externalId = id, version, clientExternalId, number = $"RE-{seed}-{id[^6..]}", kind, issuedOn = Date(issuedOn), dueOn = Date(dueOn),
                        amount = cents / 100m, status = cancelled ? "cancelled" : "issued", creditsInvoiceExternalId = credits,
                    };
                    invoiceBatch.Add(record);
                    invoices[id] = new FedInvoice(id, version, record, record.number, kind, cancelled, cents, issuedOn, dueOn, credits);
                }
                else
                {
                    var existing = payments.Count > 0 && random.Next(3) == 0 ? payments.Values.ElementAt(random.Next(payments.Count)) : null;
                    var id = existing?.Id ?? $"PAY-{Guid.NewGuid():N}";
                    if (paymentBatch.Any(r => Id(r) == id))
                    {
                        continue;
                    }

                    var version = (existing?.Version ?? 0) + 1;
                    var cents = random.Next(1, 300_000);
                    var allocations = new Dictionary<string, long>(StringComparer.Ordinal);
                    for (var named = random.Next(2) == 0 ? 0 : random.Next(1, 4); named > 0 && nameable.Count > 0; named--)
                    {
                        var left = cents - allocations.Values.Sum();
                        if (left > 0)
                        {
                            allocations[nameable[random.Next(nameable.Count)]] = random.Next(1, (int)Math.Min(left, 200_000) + 1);
                        }
                    }

                    var record = new
                    {
                        externalId = id, version, clientExternalId, receivedOn = Date(today.AddDays(random.Next(-60, 1))), amount = cents / 100m,
                        allocations = allocations.Select(a => new { invoiceExternalId = a.Key, amount = a.Value / 100m }).ToArray(),
                    };
                    paymentBatch.Add(record);
                    payments[id] = new FedPayment(id, version, record, cents, allocations);
                }
            }

            async Task SendAsync(string kind, List<object> records)
            {
                if (records.Count > 0)
                {
                    var results = await FeedAsync(backOffice, kind, [.. records]);
                    Assert.DoesNotContain(results, r => r.GetProperty("status").GetString() == "rejected" && !r.GetProperty("errors").TryGetProperty("version", out _));
                }
            }

            if (together)
            {
                await Task.WhenAll(SendAsync("invoices", invoiceBatch), SendAsync("payments", paymentBatch));
            }
            else
            {
                await SendAsync("invoices", invoiceBatch);
                await SendAsync("payments", paymentBatch);
            }
        }

        // The recomputation, from the records as they stand: named money first, then the rest oldest due first (ties by number).
        var inForce = invoices.Values.Where(i => !i.Cancelled).ToList();
        var payable = inForce.Where(i => i.Kind == "invoice").OrderBy(i => $"{Date(i.DueOn)}|{i.Number}|{i.Id}", StringComparer.Ordinal).ToList();
        var creditNotes = inForce.Where(i => i.Kind == "credit-note").ToList();
        var paid = payments.Values.Sum(p => p.Cents);
        var expected = new Dictionary<string, (string State, long Credited, long Allocated, long OldestFirst, long Open)>(StringComparer.Ordinal);
        var unnamed = paid + creditNotes.Sum(c => c.Cents);
        foreach (var invoice in payable)
        {
            var credited = Math.Min(invoice.Cents, creditNotes.Where(c => c.Credits == invoice.Id).Sum(c => c.Cents));
            var allocated = Math.Min(invoice.Cents - credited, payments.Values.Sum(p => p.Allocations.GetValueOrDefault(invoice.Id)));
            unnamed -= credited + allocated;
            expected[invoice.Id] = ("", credited, allocated, 0, invoice.Cents - credited - allocated);
        }

        foreach (var invoice in payable)
        {
            var (_, credited, allocated, _, open) = expected[invoice.Id];
            var oldestFirst = Math.Clamp(unnamed, 0, open);
            unnamed -= oldestFirst;
            open -= oldestFirst;
            var state = credited == invoice.Cents ? "credited" : open == 0 ? "paid" : invoice.DueOn < today ? "overdue" : open < invoice.Cents ? "partly-paid" : "open";
            expected[invoice.Id] = (state, credited, allocated, oldestFirst, open);
        }

        foreach (var document in invoices.Values.Where(i => i.Cancelled || i.Kind == "credit-note"))
        {
            expected[document.Id] = (document.Cancelled ? "cancelled" : "applied", 0, 0, 0, 0);
        }

        var charges = payable.Sum(i => i.Cents) - creditNotes.Sum(c => c.Cents);
        var owed = charges - paid;
        var overdue = payable.Where(i => i.DueOn < today).Sum(i => expected[i.Id].Open);
        var next = payable.Where(i => i.DueOn >= today && expected[i.Id].Open > 0).Select(i => (DateOnly?)i.DueOn).Min();
        Assert.Equal(Math.Max(0, owed), payable.Sum(i => expected[i.Id].Open));

        var balance = await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/balance");
        Assert.Equal(Math.Max(0, owed) / 100m, balance.GetProperty("due").GetDecimal());
        Assert.Equal(Math.Max(0, -owed) / 100m, balance.GetProperty("credit").GetDecimal());
        Assert.Equal(overdue / 100m, balance.GetProperty("overdue").GetDecimal());
        Assert.Equal(next is null ? null : Date(next.Value), balance.GetProperty("nextDueOn").GetString());

        // The statement from the first month to the last: its closing balance is what is owed; each month's figures match the records.
        var months = invoices.Values.Select(i => i.IssuedOn).Concat(payments.Values.Select(p => DateOnly.Parse((string)JsonSerializer.SerializeToNode(p.Record)!["receivedOn"]!, CultureInfo.InvariantCulture))).ToList();
        if (months.Count > 0)
        {
            var (from, to) = (months.Min().ToString("yyyy-MM", CultureInfo.InvariantCulture), months.Max().ToString("yyyy-MM", CultureInfo.InvariantCulture));
            var statement = await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/statement?from={from}&to={to}");
            Assert.Equal(0m, statement.GetProperty("opening").GetDecimal());
            Assert.Equal(owed / 100m, statement.GetProperty("closing").GetDecimal());
            foreach (var month in statement.GetProperty("months").EnumerateArray())
            {
                var key = month.GetProperty("month").GetString()!;
                Assert.Equal(inForce.Where(i => i.IssuedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture) == key).Sum(i => i.Kind == "invoice" ? i.Cents : -i.Cents) / 100m, month.GetProperty("charged").GetDecimal());
            }
        }

        var items = await AllAsync(member, $"/api/clients/{clientId}/invoices");
        Assert.Equal(invoices.Count, items.Count);
        var issued = items.Select(i => i.GetProperty("issuedOn").GetString()!).ToList();
        Assert.Equal(issued.OrderDescending(StringComparer.Ordinal), issued);
        foreach (var item in items)
        {
            var id = item.GetProperty("id").GetString()!;
            var shown = (item.GetProperty("state").GetString()!, Cents(item, "credited"), Cents(item, "allocated"), Cents(item, "oldestFirst"), Cents(item, "open"));
            Assert.True(expected[id] == shown, $"{id}: expected {expected[id]}, shown {shown}");
        }

        var received = await AllAsync(member, $"/api/clients/{clientId}/payments");
        Assert.Equal(payments.Count, received.Count);
        Assert.Equal(paid / 100m, received.Sum(p => p.GetProperty("amount").GetDecimal()));
        var dates = received.Select(p => p.GetProperty("receivedOn").GetString()!).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.Equal(dates.FirstOrDefault(), balance.GetProperty("lastPaymentOn").GetString());
    }

    private static long Cents(JsonElement item, string property) => (long)(item.GetProperty(property).GetDecimal() * 100);

    private sealed record FedInvoice(string Id, long Version, object Record, string Number, string Kind, bool Cancelled, long Cents, DateOnly IssuedOn, DateOnly DueOn, string? Credits);

    private sealed record FedPayment(string Id, long Version, object Record, long Cents, Dictionary<string, long> Allocations);

    [Fact]
    public async Task NewerVersion_OfAPaymentWhoseOldIndexRowIsMissing_StillLands()
    {
        var (clientExternalId, member, clientId) = await ClientWithMemberAsync();
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var id = $"PAY-{Guid.NewGuid():N}";
        await FeedAsync(backOffice, "payments", new { externalId = id, version = 1, clientExternalId, receivedOn = "2026-10-01", amount = 50m });

        // As a payment stored before its index existed: the row to move is not there.
        var billing = await portal.Service<Portal.Core.Storage.PortalStorage>().TableAsync(Portal.Core.Storage.StorageNames.BillingTable, CancellationToken.None);
        var partition = $"billing|{clientId}";
        await foreach (var row in billing.QueryAsync<Azure.Data.Tables.TableEntity>(e => e.PartitionKey == partition && e.RowKey.CompareTo("by-received|") >= 0 && e.RowKey.CompareTo("by-received}") < 0))
        {
            await billing.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }

        var moved = await FeedAsync(backOffice, "payments", new { externalId = id, version = 2, clientExternalId, receivedOn = "2026-10-05", amount = 50m });

        Assert.Equal("updated", moved[0].GetProperty("status").GetString());
        var listed = Assert.Single((await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/payments")).GetProperty("items").EnumerateArray());
        Assert.Equal("2026-10-05", listed.GetProperty("receivedOn").GetString());
    }

    [Fact]
    public async Task Statement_WithBadMonths_IsRefusedFieldByField()
    {
        var (_, member, clientId) = await ClientWithMemberAsync();

        var bad = await ProblemAssert.IsProblemAsync(await member.GetAsync($"/api/clients/{clientId}/statement?from=2026-13&to=x"), HttpStatusCode.BadRequest);
        var reversed = await ProblemAssert.IsProblemAsync(await member.GetAsync($"/api/clients/{clientId}/statement?from=2026-05&to=2026-01"), HttpStatusCode.BadRequest);
        var tooLong = await ProblemAssert.IsProblemAsync(await member.GetAsync($"/api/clients/{clientId}/statement?from=2020-01&to=2026-01"), HttpStatusCode.BadRequest);
        var empty = await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/statement?from=2026-01&to=2026-03");

        Assert.True(bad.GetProperty("errors").TryGetProperty("from", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("to", out _));
        Assert.True(reversed.GetProperty("errors").TryGetProperty("to", out _));
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("to", out _));
        Assert.Equal(["2026-01", "2026-02", "2026-03"], empty.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("month").GetString()));
    }

    [Fact]
    [Trait("Clause", "7")]
    public async Task BillingAccounts_AreListedAndNamedOnTheirInvoices_OnlyForLegalPersons()
    {
        var (clientExternalId, member, clientId) = await ClientWithMemberAsync();
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var person = ClientFeedTests.NewId();
        await FeedAsync(backOffice, "clients", new
        {
            externalId = person, version = 1, kind = "natural", name = "Inese Ozola", personalCode = $"32{Random.Shared.NextInt64(100_000_000, 999_999_999)}", billingArrangement = "monthly-invoice",
        });
        var account = $"NK-{Guid.NewGuid():N}";

        var accounts = await FeedAsync(backOffice, "billing-accounts",
            new { externalId = account, version = 1, clientExternalId, number = "NK-0002", name = "Liepājas filiāle", billingArrangement = "e-invoice", invoiceEmail = "rekini@example.lv", status = "open" },
            new { externalId = $"NK-{Guid.NewGuid():N}", version = 1, clientExternalId = person, number = "NK-0003", name = (string?)null, billingArrangement = "monthly-invoice", invoiceEmail = (string?)null, status = "open" },
            new { externalId = $"NK-{Guid.NewGuid():N}", version = 1, clientExternalId, number = "NK-0004", name = (string?)null, billingArrangement = "weekly", invoiceEmail = "nav-epasts", status = "open" });
        var invoices = await FeedAsync(backOffice, "invoices",
            new { externalId = $"INV-{Guid.NewGuid():N}", version = 1, clientExternalId, number = "RE-NK-1", kind = "invoice", issuedOn = "2026-11-03", dueOn = "2026-12-03", amount = 10m, status = "issued", billingAccountExternalId = account },
            new { externalId = $"INV-{Guid.NewGuid():N}", version = 1, clientExternalId, number = "RE-NK-2", kind = "invoice", issuedOn = "2026-11-02", dueOn = "2026-12-02", amount = 10m, status = "issued", billingAccountExternalId = "NK-NO-SUCH" });

        Assert.Equal(["created", "rejected", "rejected"], accounts.Select(r => r.GetProperty("status").GetString()));
        Assert.True(accounts[1].GetProperty("errors").TryGetProperty("clientExternalId", out _));
        Assert.True(accounts[2].GetProperty("errors").TryGetProperty("billingArrangement", out _));
        Assert.True(accounts[2].GetProperty("errors").TryGetProperty("invoiceEmail", out _));
        Assert.Equal(["created", "rejected"], invoices.Select(r => r.GetProperty("status").GetString()));
        Assert.True(invoices[1].GetProperty("errors").TryGetProperty("billingAccountExternalId", out _));
        var listed = Assert.Single((await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/billing-accounts")).GetProperty("items").EnumerateArray());
        Assert.Equal(("NK-0002", "Liepājas filiāle", "e-invoice"), (listed.GetProperty("number").GetString(), listed.GetProperty("name").GetString(), listed.GetProperty("billingArrangement").GetString()));
        var invoice = Assert.Single((await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/invoices")).GetProperty("items").EnumerateArray());
        Assert.Equal("NK-0002", invoice.GetProperty("billingAccount").GetString());
    }

    /// <summary>Every page of a client-scoped list, following its continuation tokens.</summary>
    /// <summary>Every page of a list, following its continuation tokens.</summary>
    internal static async Task<List<JsonElement>> AllAsync(HttpClient member, string path)
    {
        var items = new List<JsonElement>();
        string? token = null;
        do
        {
            var page = await member.GetFromJsonAsync<JsonElement>(token is null ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}continuationToken={Uri.EscapeDataString(token)}");
            items.AddRange(page.GetProperty("items").EnumerateArray());
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);
        return items;
    }

    [Fact]
    public async Task Feed_UnknownClientBadAmountAndAnInvoiceMovingClient_AreRejectedOneByOne()
    {
        var (clientExternalId, member, clientId) = await ClientWithMemberAsync();
        var (otherClient, _, _) = await ClientWithMemberAsync();
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var id = $"INV-{Guid.NewGuid():N}";
        object Invoice(string client, decimal amount, int version = 1) => new
        {
            externalId = id, version, clientExternalId = client, number = "RE-2026-0001", kind = "invoice", issuedOn = "2026-11-01", dueOn = "2026-11-30", amount, status = "issued",
        };

        var first = await FeedAsync(backOffice, "invoices", Invoice(clientExternalId, 12.34m), new
        {
            externalId = $"INV-{Guid.NewGuid():N}", version = 1, clientExternalId = "NO-SUCH-CLIENT", number = "X", kind = "invoice", issuedOn = "2026-11-01", dueOn = "2026-11-30", amount = 1m, status = "issued",
        }, new
        {
            externalId = $"INV-{Guid.NewGuid():N}", version = 1, clientExternalId, number = "X", kind = "invoice", issuedOn = "2026-11-01", dueOn = "2026-11-30", amount = 1.005m, status = "issued",
        });
        var moved = await FeedAsync(backOffice, "invoices", Invoice(otherClient, 12.34m, 2));

        Assert.Equal(["created", "rejected", "rejected"], first.Select(r => r.GetProperty("status").GetString()));
        Assert.True(first[1].GetProperty("errors").TryGetProperty("clientExternalId", out _));
        Assert.True(first[2].GetProperty("errors").TryGetProperty("amount", out _));
        Assert.Equal("rejected", moved[0].GetProperty("status").GetString());
        var found = await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/invoices?number=RE-2026");
        Assert.Equal(12.34m, Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task Feed_ABatchWithOneInvoiceOfAnotherClient_RejectsThatOneAndWritesTheRest()
    {
        var (owner, _, _) = await ClientWithMemberAsync();
        var (clientExternalId, member, clientId) = await ClientWithMemberAsync();
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var taken = $"INV-{Guid.NewGuid():N}";
        object Invoice(string externalId, string client) => new
        {
            externalId, version = 1, clientExternalId = client, number = "RE-2026-0002", kind = "invoice", issuedOn = "2026-11-01", dueOn = "2026-11-30", amount = 5m, status = "issued",
        };
        await FeedAsync(backOffice, "invoices", Invoice(taken, owner));

        // Forty new ids beside it: some share its claim partition, so its claim fails within their transaction first.
        string[] ids = [.. Enumerable.Range(0, 40).Select(_ => $"INV-{Guid.NewGuid():N}").Append(taken)];
        var results = await FeedAsync(backOffice, "invoices", [.. ids.Select(id => Invoice(id, clientExternalId))]);

        Assert.All(results[..^1], result => Assert.Equal("created", result.GetProperty("status").GetString()));
        Assert.Equal("rejected", results[^1].GetProperty("status").GetString());
        Assert.True(results[^1].GetProperty("errors").TryGetProperty("clientExternalId", out _));
        var listed = await AllAsync(member, $"/api/clients/{clientId}/invoices?number=RE-2026-0002");
        Assert.Equal(ids[..^1].Order(StringComparer.Ordinal), listed.Select(i => i.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    [Trait("Clause", "17")]
    public async Task InvoicePdf_StoredByTheBackOffice_IsServedBackToTheClient()
    {
        var (clientExternalId, member, clientId) = await ClientWithMemberAsync();
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var id = $"INV-{Guid.NewGuid():N}";
        await FeedAsync(backOffice, "invoices", new
        {
            externalId = id, version = 1, clientExternalId, number = "RE-PDF-1", kind = "invoice", issuedOn = "2026-11-02", dueOn = "2026-12-02", amount = 99.5m, status = "issued",
        });
        var pdf = TestPdf.Plain("rekins");

        var notPdf = await backOffice.PutAsync($"/api/backoffice/invoices/{id}/pdf", new ByteArrayContent("hello"u8.ToArray()));
        var unknown = await backOffice.PutAsync("/api/backoffice/invoices/NO-SUCH/pdf", new ByteArrayContent(pdf));
        var stored = await backOffice.PutAsync($"/api/backoffice/invoices/{id}/pdf", new ByteArrayContent(pdf));

        await ProblemAssert.IsProblemAsync(notPdf, HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NoContent, stored.StatusCode);
        var listed = await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/invoices");
        Assert.True(Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("hasPdf").GetBoolean());
        var served = await member.GetAsync($"/api/clients/{clientId}/invoices/{id}/pdf");
        Assert.Equal("application/pdf", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await served.Content.ReadAsByteArrayAsync());

        // A newer version of the invoice keeps its PDF.
        await FeedAsync(backOffice, "invoices", new
        {
            externalId = id, version = 2, clientExternalId, number = "RE-PDF-1", kind = "invoice", issuedOn = "2026-11-02", dueOn = "2026-12-09", amount = 99.5m, status = "issued",
        });
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/api/clients/{clientId}/invoices/{id}/pdf")).StatusCode);
    }

    [Fact]
    [Trait("Clause", "2.10")]
    public async Task Allocations_NameOnlyTheClientsOwnSettleableInvoices_WithinThePayment_AndAreListedWithIt()
    {
        var (clientExternalId, member, clientId) = await ClientWithMemberAsync();
        var (otherClient, _, _) = await ClientWithMemberAsync();
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        string NewId() => $"INV-{Guid.NewGuid():N}";
        var (open, cancelled, credit, foreign) = (NewId(), NewId(), NewId(), NewId());
        object Invoice(string id, string client, string kind = "invoice", string status = "issued", string? credits = null) => new
        {
            externalId = id, version = 1, clientExternalId = client, number = $"RE-{id[^6..]}", kind, issuedOn = "2026-11-01", dueOn = "2026-11-30", amount = 50m, status,
            creditsInvoiceExternalId = credits, paymentReference = kind == "invoice" ? $"RF18 {id[^8..]}" : null,
        };
        // The credited invoice is fed before its credit note, as a billing account is before its invoices.
        var invoices = await FeedAsync(backOffice, "invoices", Invoice(open, clientExternalId), Invoice(cancelled, clientExternalId, status: "cancelled"));
        invoices = [.. invoices, .. await FeedAsync(backOffice, "invoices", Invoice(credit, clientExternalId, "credit-note", credits: open))];
        await FeedAsync(backOffice, "invoices", Invoice(foreign, otherClient));
        object Payment(decimal amount, params object[] allocations) => new
        {
            externalId = $"PAY-{Guid.NewGuid():N}", version = 1, clientExternalId, receivedOn = "2026-11-20", amount, allocations,
        };

        var results = await FeedAsync(backOffice, "payments",
            Payment(30m, new { invoiceExternalId = open, amount = 20m }),
            Payment(30m, new { invoiceExternalId = "NO-SUCH-INVOICE", amount = 10m }),
            Payment(30m, new { invoiceExternalId = cancelled, amount = 10m }),
            Payment(30m, new { invoiceExternalId = foreign, amount = 10m }),
            Payment(30m, new { invoiceExternalId = credit, amount = 10m }),
            Payment(30m, new { invoiceExternalId = open, amount = 20m }, new { invoiceExternalId = open, amount = 5m }),
            Payment(30m, new { invoiceExternalId = open, amount = 30.01m }));

        Assert.All(invoices, r => Assert.Equal("created", r.GetProperty("status").GetString()));
        Assert.Equal(["created", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected"], results.Select(r => r.GetProperty("status").GetString()));
        string[] Fields(JsonElement result) => [.. result.GetProperty("errors").EnumerateObject().Select(e => e.Name)];
        Assert.All(results[1..5], r => Assert.Equal(["allocations[0].invoiceExternalId"], Fields(r)));
        Assert.Equal(["allocations[1].invoiceExternalId"], Fields(results[5]));
        Assert.Equal(["allocations"], Fields(results[6]));

        var payment = Assert.Single((await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/payments")).GetProperty("items").EnumerateArray());
        var allocation = Assert.Single(payment.GetProperty("allocations").EnumerateArray());
        Assert.Equal(open, allocation.GetProperty("invoiceId").GetString());
        Assert.Equal(20m, allocation.GetProperty("amount").GetDecimal());
        var listed = (await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/invoices")).GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        Assert.Equal(open, listed[credit].GetProperty("creditsInvoiceId").GetString());
        Assert.Equal($"RF18 {open[^8..]}", listed[open].GetProperty("paymentReference").GetString());
    }

    [Fact]
    public async Task CreditsInvoiceExternalId_IsACreditNotesOnly_AndNamesAnInvoiceOfTheClient()
    {
        var (clientExternalId, _, _) = await ClientWithMemberAsync();
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        object Document(string kind, string credits) => new
        {
            externalId = $"INV-{Guid.NewGuid():N}", version = 1, clientExternalId, number = "KR-1", kind, issuedOn = "2026-11-01", dueOn = "2026-11-01", amount = 5m, status = "issued",
            creditsInvoiceExternalId = credits,
        };

        var results = await FeedAsync(backOffice, "invoices", Document("credit-note", "NO-SUCH-INVOICE"), Document("invoice", "NO-SUCH-INVOICE"));

        Assert.All(results, r => Assert.Equal("rejected", r.GetProperty("status").GetString()));
        Assert.All(results, r => Assert.True(r.GetProperty("errors").TryGetProperty("creditsInvoiceExternalId", out _)));
    }

    private static string Id(object record) => (string)JsonSerializer.SerializeToNode(record)!["externalId"]!;

    private static object WithVersion(object record, long version)
    {
        var json = JsonSerializer.SerializeToNode(record)!.AsObject();
        json["version"] = version;
        return json;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static async Task<JsonElement[]> FeedAsync(HttpClient backOffice, string kind, params object[] records)
    {
        var response = await backOffice.PostAsJsonAsync($"/api/backoffice/{kind}", records);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results").EnumerateArray()];
    }

    /// <summary>A fed company and a signed-in user acting for it with the finance scope.</summary>
    private Task<(string ExternalId, HttpClient Member, string ClientId)> ClientWithMemberAsync() => ClientWithMemberAsync(portal);

    /// <summary>A legal-person client fed by the back office, and a signed-in member with the finance scope.</summary>
    internal static async Task<(string ExternalId, HttpClient Member, string ClientId)> ClientWithMemberAsync(IsolatedPortal portal, string billingArrangement = "monthly-invoice")
    {
        var externalId = ClientFeedTests.NewId();
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        (await backOffice.PostAsJsonAsync("/api/backoffice/clients", new[]
        {
            new { externalId, version = 1, kind = "legal", name = "SIA Rēķini", registrationNumber = $"4{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", billingArrangement, services = new[] { "land-mobile" } },
        })).EnsureSuccessStatusCode();
        var client = (await portal.Service<ClientStore>().GetByExternalIdAsync(externalId, CancellationToken.None))!;
        var account = (await portal.Service<AccountStore>().CreateAsync(new NewAccount($"billing-{Guid.NewGuid():N}@example.lv", "Ilze", "Kalna", "lv", Password, 4), CancellationToken.None))!;
        await portal.Service<ClientStore>().AddMemberAsync(account.Id, client, [Scope.Finance], CancellationToken.None);
        var member = portal.CreateClient();
        (await member.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password })).EnsureSuccessStatusCode();
        return (externalId, member, client.Id);
    }
}
