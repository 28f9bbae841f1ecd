using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Clients;
using Portal.Testing;
using Portal.Demo;
using Portal.Core.Billing;
using Portal.Core.Storage;

namespace Portal.Benchmarks;

/// <summary>
/// The back-office feed through its batch API over HTTP: one large client's 100,000 invoices in
/// batches of 100, beside the same kind of invoices fed one per call in the same run, and the billing
/// reads at that size beside a small client's. Figures only.
/// </summary>
internal static class FeedBench
{
    public const int DefaultInvoices = 100_000;
    private const int Batch = 100;
    private const int OnePerCallSample = 500;
    private static readonly CultureInfo _culture = CultureInfo.InvariantCulture;

    public static async Task RunAsync(int invoices = DefaultInvoices, bool profile = false)
    {
        await using var backends = await TestBackends.StartAsync();
        var settings = backends.Settings();
        settings["Logging:LogLevel:Default"] = "Error";
        await using var factory = new PortalFactory(settings);
        var baseUrl = factory.StartKestrel();
        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(5) };
        var token = new TokenKeeper(backends.Identity);

        var today = RigaCalendar.DateOf(DateTimeOffset.UtcNow);
        var large = FeedGenerator.LargeClient(seed: 7, today, invoices);
        var small = FeedGenerator.Demo(seed: 8, today, persons: 0, companies: 8);
        await FeedAllAsync(token, http, "clients", [.. large.Clients, .. small.Clients]);
        await FeedAllAsync(token, http, "billing-accounts", [.. large.BillingAccounts, .. small.BillingAccounts]);
        var permits = await FeedAllAsync(token, http, "permits", large.Permits);

        Console.WriteLine();
        Console.WriteLine(string.Create(_culture, $"Back-office feed over HTTP (dev host, Azurite), one client, batches of {Batch}:"));

        // Baseline in the same run: invoices of the same shape, one per call, for small clients.
        var smallClient = small.Clients[0].ExternalId!;
        var onePerCall = small.Invoices.Take(OnePerCallSample).ToList();
        var baselineWatch = Stopwatch.StartNew();
        foreach (var invoice in onePerCall)
        {
            await FeedAsync(token, http, "invoices", [invoice]);
        }

        var baselineRate = onePerCall.Count / baselineWatch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(_culture, $"  baseline: {onePerCall.Count} invoices one per call: {baselineWatch.Elapsed.TotalSeconds:0.0} s, {baselineRate:0} records/s"));

        var segment = invoices / 10;
        var segmentRates = new List<double>();
        var aggregateSizes = new List<int>();
        var billing = new TableClient(backends.Azurite.ConnectionString, StorageNames.BillingTable);
        var largeId = (await factory.Services.GetRequiredService<ClientStore>().GetByExternalIdAsync(large.Clients[0].ExternalId!, CancellationToken.None))!.Id;
        var calls = profile ? StorageCalls.Count(backends.Azurite.ConnectionString) : null;
        var watch = Stopwatch.StartNew();
        var segmentWatch = Stopwatch.StartNew();
        for (var i = 0; i < large.Invoices.Count; i += Batch)
        {
            await FeedAsync(token, http, "invoices", [.. large.Invoices.Skip(i).Take(Batch)]);
            if ((i + Batch) % segment == 0)
            {
                segmentRates.Add(segment / segmentWatch.Elapsed.TotalSeconds);
                if (profile)
                {
                    aggregateSizes.Add(await AggregateCharsAsync(billing, largeId));
                }

                segmentWatch.Restart();
            }
        }

        var invoiceSeconds = watch.Elapsed.TotalSeconds;
        var rate = large.Invoices.Count / invoiceSeconds;
        Console.WriteLine(string.Create(_culture, $"  {large.Invoices.Count:N0} invoices in {large.Invoices.Count / Batch:N0} batches: {invoiceSeconds:0.0} s, {rate:0} records/s ({rate / baselineRate:0.0} times one per call)"));
        Console.WriteLine(string.Create(_culture, $"  records/s by tenth of the feed: {string.Join(", ", segmentRates.Select(r => r.ToString("0", _culture)))} (last / first {segmentRates[^1] / segmentRates[0]:0.00})"));
        if (calls is not null)
        {
            calls.Dispose();
            Profile(calls.Timeline, invoiceSeconds);
            Console.WriteLine(string.Create(_culture, $"  the balance aggregate's text properties by tenth of the feed, KB: {string.Join(", ", aggregateSizes.Select(c => (c / 1024.0).ToString("0.0", _culture)))}"));
        }

        watch.Restart();
        await FeedAllAsync(token, http, "payments", large.Payments);
        var paymentSeconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(_culture, $"  {large.Payments.Count:N0} payments: {paymentSeconds:0.0} s, {large.Payments.Count / paymentSeconds:0} records/s"));
        Console.WriteLine(string.Create(_culture, $"  {large.Permits.Count:N0} permits with {large.Permits.Sum(p => p.Stations!.Sum(s => s.Frequencies!.Count)):N0} frequencies: {permits.TotalSeconds:0.0} s"));

        // The views at 100,000 invoices beside a client with a few: the same reads, as a member would.
        var store = factory.Services.GetRequiredService<ClientStore>();
        var views = factory.Services.GetRequiredService<BillingViews>();
        var smallId = (await store.GetByExternalIdAsync(smallClient, CancellationToken.None))!.Id;
        Console.WriteLine("  reads (median of 30, ms):       large client  small client  ratio");
        foreach (var (name, read) in new (string, Func<string, Task>)[]
        {
            ("balance", id => views.BalanceAsync(id, today, CancellationToken.None)),
            ("first invoice page", id => views.InvoicesAsync(id, InvoiceQuery.Everything, null, today, CancellationToken.None)),
            ("invoice number search", id => views.InvoicesAsync(id, InvoiceQuery.Everything with { Number = "ES-" }, null, today, CancellationToken.None)),
            ("first payment page", id => views.PaymentsAsync(id, 50, null, CancellationToken.None)),
        })
        {
            var (largeMs, smallMs) = (await MedianAsync(() => read(largeId)), await MedianAsync(() => read(smallId)));
            Console.WriteLine(string.Create(_culture, $"    {name,-28} {largeMs,12:0.0}  {smallMs,12:0.0}  {largeMs / smallMs,5:0.00}"));
        }

        await ReadBench.ListAsync(factory, backends.Azurite.ConnectionString, largeId, today);
        await ReportBench.AgeingAsync(factory, largeId, today);

        // Twenty clients: the large one, the small companies, and fresh ones fed now without billing yet.
        var fresh = FeedGenerator.Demo(seed: 9, today, persons: 0, companies: 20 - 1 - small.Clients.Count).Clients;
        await FeedAllAsync(token, http, "clients", fresh);
        var twenty = new List<string> { largeId };
        foreach (var client in small.Clients.Concat(fresh))
        {
            twenty.Add((await store.GetByExternalIdAsync(client.ExternalId!, CancellationToken.None))!.Id);
        }

        await ReadBench.DashboardAsync(factory, baseUrl, twenty);
    }

    /// <summary>
    /// Where the invoice feed's time went: its storage calls by kind, each kind's summed length and the wall time its calls
    /// covered (calls side by side overlap); what no call covers is the portal's own work (HTTP, JSON, planning).
    /// </summary>
    private static void Profile(IReadOnlyList<(DateTime Start, TimeSpan Duration, string Call)> timeline, double seconds)
    {
        static string Kind(string call)
        {
            var (method, path) = call.Split(' ') is [var m, var url, _] ? (m, Uri.UnescapeDataString(new Uri(url).AbsolutePath)) : (call, "");
            return path.EndsWith("$batch", StringComparison.Ordinal) ? "transaction"
                : path.Contains("Reminders", StringComparison.Ordinal) ? $"reminders {method}"
                : path.Contains("RowKey='balance'", StringComparison.Ordinal) ? "aggregate read"
                : path.Contains("-ext|", StringComparison.Ordinal) || (method == "POST" && path.EndsWith(StorageNames.FeedClaimsTable, StringComparison.Ordinal)) ? $"claim {method}"
                : path.Contains("RowKey='account|", StringComparison.Ordinal) ? "account read"
                : $"other {method} {path.Split('(')[0]}";
        }

        Console.WriteLine("  profile of the invoice feed (storage calls by kind: count, summed ms, wall s covered):");
        foreach (var kind in timeline.GroupBy(c => Kind(c.Call)).OrderByDescending(g => g.Sum(c => c.Duration.TotalMilliseconds)))
        {
            Console.WriteLine(string.Create(_culture, $"    {kind.Key,-40} {kind.Count(),7}  {kind.Sum(c => c.Duration.TotalMilliseconds),9:0}  {Covered(kind),6:0.0}"));
        }

        var any = Covered(timeline);
        Console.WriteLine(string.Create(_culture, $"    any storage call {any:0.0} s of {seconds:0.0} s; no storage call {seconds - any:0.0} s"));
    }

    /// <summary>Seconds during which at least one of the calls was under way.</summary>
    private static double Covered(IEnumerable<(DateTime Start, TimeSpan Duration, string Call)> calls)
    {
        var (total, end) = (TimeSpan.Zero, DateTime.MinValue);
        foreach (var (start, duration, _) in calls.OrderBy(c => c.Start))
        {
            var stop = start + duration;
            if (stop > end)
            {
                total += stop - (start > end ? start : end);
                end = stop;
            }
        }

        return total.TotalSeconds;
    }

    /// <summary>The characters of the client's balance aggregate's text properties (its JSON maps), as stored now.</summary>
    private static async Task<int> AggregateCharsAsync(TableClient billing, string clientId)
    {
        var balance = await billing.GetEntityAsync<TableEntity>(BillingKeys.Partition(clientId), BillingKeys.Balance);
        return balance.Value.Where(p => p.Key is not ("PartitionKey" or "RowKey" or "odata.etag")).Select(p => p.Value).OfType<string>().Sum(text => text.Length);
    }

    private static async Task<double> MedianAsync(Func<Task> read)
    {
        await read();
        var times = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            var watch = Stopwatch.StartNew();
            await read();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return Stats.Of(times).Median;
    }

    private static async Task<TimeSpan> FeedAllAsync<T>(TokenKeeper token, HttpClient http, string kind, IReadOnlyList<T> records)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < records.Count; i += Batch)
        {
            await FeedAsync(token, http, kind, [.. records.Skip(i).Take(Batch)]);
        }

        return watch.Elapsed;
    }

    /// <summary>One call; every record must land (a bench of refusals would measure nothing).</summary>
    private static async Task FeedAsync<T>(TokenKeeper token, HttpClient http, string kind, IReadOnlyList<T> records)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/backoffice/{kind}") { Content = JsonContent.Create(records) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await token.GetAsync());
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        foreach (var result in answer.GetProperty("results").EnumerateArray())
        {
            if (result.GetProperty("status").GetString() is not ("created" or "updated"))
            {
                throw new InvalidOperationException($"{kind}: {result}");
            }
        }
    }

    /// <summary>A back-office token, taken afresh every ten minutes (the run outlasts one).</summary>
    private sealed class TokenKeeper(DevIdentity identity)
    {
        private string? _token;
        private DateTimeOffset _taken;

        public async Task<string> GetAsync()
        {
            if (_token is null || DateTimeOffset.UtcNow - _taken > TimeSpan.FromMinutes(10))
            {
                (_token, _taken) = (await identity.TokenAsync("backoffice"), DateTimeOffset.UtcNow);
            }

            return _token;
        }
    }
}
