using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.BackOffice;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Storage;
using Portal.Demo.BankLink;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>
/// 20 users paying at once through the development bank's signed answers over HTTP: each order's browser answer and its server
/// answer twice, all 60 sent at once in a shuffled order. Then every order must be settled, its invoice marked and its event emitted
/// exactly once. Figures: the time from an order's first answer to its settled state and each answer's time, median and p95, beside a
/// bare point write to the same Azurite in the same run; first with 20 clients (one user each), then with one client whose 20 users
/// pay at once (every settlement writes the same balance aggregate). It throws when a count is wrong; it asserts no time.
/// </summary>
internal static class PaymentBench
{
    private const string Password = "Zvaigzne42";
    private const int Users = 20;
    private static readonly CultureInfo _culture = CultureInfo.InvariantCulture;

    public static async Task RunAsync(PortalFactory factory, Uri baseUrl, string connectionString)
    {
        var bare = new TableClient(connectionString, "BenchPaymentBare");
        await bare.CreateIfNotExistsAsync();
        var point = new List<double>();
        for (var i = 0; i < 60; i++)
        {
            var watch = Stopwatch.StartNew();
            await bare.UpsertEntityAsync(new TableEntity("bench", $"{i % 4}") { ["At"] = DateTimeOffset.UtcNow });
            point.Add(watch.Elapsed.TotalMilliseconds);
        }

        var baseline = Stats.Of(point.Skip(10)).Median;
        Console.WriteLine();
        Console.WriteLine(string.Create(_culture, $"{Users} users paying at once, each order's browser answer and server answer twice sent together, shuffled (bare point write median {baseline:0.0} ms):"));
        Console.WriteLine("  clients  orders  settled once  first answer -> settled: median   p95   (x point write)   each answer: median    p95");
        foreach (var clients in new[] { Users, 1 })
        {
            await RoundAsync(factory, baseUrl, clients, baseline);
        }
    }

    private static async Task RoundAsync(PortalFactory factory, Uri baseUrl, int clientCount, double baseline)
    {
        var services = factory.Services;
        var backOffice = services.GetRequiredService<ClientFeed>();
        var billing = services.GetRequiredService<BillingFeed>();
        var clients = new List<Client>();
        for (var c = 0; c < clientCount; c++)
        {
            var externalId = $"BENCH-PAY-{Guid.NewGuid():N}";
            await backOffice.UpsertAsync(new ClientRecord(externalId, 1, "legal", "SIA Maksājumu Mērījumi", null, $"4{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", null, null, null, "monthly-invoice", ["land-mobile"]), CancellationToken.None);
            clients.Add((await services.GetRequiredService<ClientStore>().GetByExternalIdAsync(externalId, CancellationToken.None))!);
        }

        // Each user pays an invoice of their own (so orders do not lock each other out), of their client.
        var payers = new List<(HttpClient Http, Client Client, string Invoice)>();
        for (var u = 0; u < Users; u++)
        {
            var client = clients[u % clientCount];
            var invoice = $"BENCH-INV-{Guid.NewGuid():N}";
            await billing.UpsertInvoicesAsync([new InvoiceRecord(invoice, 1, client.ExternalId, $"RE-{u:D4}", "invoice", new DateOnly(2026, 11, 20), new DateOnly(2027, 1, 20), 10m + u, "issued")], CancellationToken.None);
            var account = (await services.GetRequiredService<AccountStore>().CreateAsync(
                new NewAccount($"bench-pay-{Guid.NewGuid():N}@example.lv", "Bench", "Payer", "lv", Password, 4), CancellationToken.None))!;
            await services.GetRequiredService<ClientStore>().AddMemberAsync(account.Id, client, [Scope.Finance], CancellationToken.None);
            payers.Add((await BenchSession.SignInAsync(baseUrl, account.Email, Password), client, invoice));
        }

        // The orders, made at once.
        var orders = await Task.WhenAll(payers.Select(async payer =>
        {
            using var response = await payer.Http.PostAsJsonAsync($"/api/clients/{payer.Client.Id}/payment-orders", new { invoiceIds = new[] { payer.Invoice } });
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"An order answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            var created = await response.Content.ReadFromJsonAsync<JsonElement>();
            var fields = created.GetProperty("form").GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("value").GetString()!, StringComparer.Ordinal);
            return (Payer: payer, Id: created.GetProperty("order").GetProperty("id").GetString()!, Request: fields);
        }));

        // Each order's three answers, the bank's own signature on each, all sent at once in a shuffled order.
        var signer = services.GetRequiredService<DevBankSigner>();
        var answers = orders.SelectMany(order =>
        {
            var paid = DevBankSigner.Paid(order.Request, $"9{order.Id[1..]}", DateTimeOffset.UtcNow);
            return new[] { ("return", signer.Sign(paid, auto: "N"), order.Id), ("notify", signer.Sign(paid, auto: "Y"), order.Id), ("notify", signer.Sign(paid, auto: "Y"), order.Id) };
        }).OrderBy(_ => Random.Shared.Next()).ToList();
        var bank = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = 64 }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(2) };
        var firstSent = new ConcurrentDictionary<string, double>();
        var settled = new ConcurrentDictionary<string, double>();
        var each = new ConcurrentBag<double>();
        var started = Stopwatch.StartNew();
        await Task.WhenAll(answers.Select(async answer =>
        {
            var (route, fields, id) = answer;
            var sentAt = started.Elapsed.TotalMilliseconds;
            firstSent.AddOrUpdate(id, sentAt, (_, earlier) => Math.Min(earlier, sentAt));
            using var response = await bank.PostAsync($"/api/payments/devbank/{route}", new FormUrlEncodedContent(fields));
            var doneAt = started.Elapsed.TotalMilliseconds;
            each.Add(doneAt - sentAt);
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.SeeOther) || (route == "return" && response.Headers.Location?.OriginalString.Contains("refused", StringComparison.Ordinal) == true))
            {
                throw new InvalidOperationException($"An answer to {route} was not taken: {(int)response.StatusCode} {response.Headers.Location} {await response.Content.ReadAsStringAsync()}");
            }

            // An order is settled once any of its answers has been answered (each answer settles it or finds it settled).
            settled.AddOrUpdate(id, doneAt, (_, earlier) => Math.Min(earlier, doneAt));
        }));

        // Exactly once: each order paid, one confirmation and one event in its client's partition, one "succeeded" on its client's trail,
        // and its invoice marked paid, awaiting booking.
        var storage = services.GetRequiredService<PortalStorage>();
        var table = await storage.TableAsync(StorageNames.BillingTable, CancellationToken.None);
        var audit = services.GetRequiredService<AuditTrail>();
        foreach (var client in clients)
        {
            var partition = BillingKeys.Partition(client.Id);
            var outbox = await table.QueryAsync<TableEntity>(e => e.PartitionKey == partition && e.RowKey.CompareTo("outbox|") >= 0 && e.RowKey.CompareTo("outbox}") < 0).ToListAsync();
            var mine = orders.Where(o => o.Payer.Client.Id == client.Id).ToList();
            var events = outbox.Where(r => r.GetString("EventType") == BackOfficeEventTypes.PaymentOrderPaid).ToList();
            var emails = outbox.Count(r => r.GetString("Payload")?.Contains("\"payment-received\"", StringComparison.Ordinal) == true);
            var (trail, _) = await audit.ReadAsync(AuditTrail.ClientChain(client.Id), 500, null, CancellationToken.None);
            var succeeded = trail.Count(r => r.Action == AuditActions.PaymentAnswer && r.Result == AuditActions.Succeeded);
            if (events.Count != mine.Count || emails != mine.Count || succeeded != mine.Count)
            {
                throw new InvalidOperationException($"Client {client.Id}: {mine.Count} orders, {events.Count} events, {emails} emails, {succeeded} settlements.");
            }

            foreach (var order in mine)
            {
                var view = await order.Payer.Http.GetFromJsonAsync<JsonElement>($"/api/clients/{client.Id}/invoices/{order.Payer.Invoice}");
                var payment = view.GetProperty("invoice").GetProperty("payment");
                if (payment.ValueKind != JsonValueKind.Object || payment.GetProperty("state").GetString() != "awaiting-booking" || payment.GetProperty("orderId").GetString() != order.Id)
                {
                    throw new InvalidOperationException($"Order {order.Id}'s invoice is not marked paid, awaiting booking: {payment}");
                }
            }
        }

        var toSettled = Stats.Of(orders.Select(o => settled[o.Id] - firstSent[o.Id]));
        var answerStats = Stats.Of(each);
        Console.WriteLine(string.Create(_culture,
            $"  {clientCount,7}  {orders.Length,6}  {orders.Length,12}  {toSettled.Median,31:0.0}  {toSettled.P95,5:0.0}   {toSettled.Median / baseline,14:0.0}   {answerStats.Median,19:0.0}  {answerStats.P95,5:0.0}"));
    }
}
