using System.Diagnostics;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Accounts;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Storage;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>
/// The read side at the large client's size, each beside the bare storage calls it is made of, measured in
/// the same run: a filtered invoice list (first and a deep page) at 1 and 20 concurrent users against the
/// same page as one bare Table Storage query, and the dashboard of a user acting for 20 clients against 20
/// bare point reads of the clients' balances. Figures only.
/// </summary>
internal static class ReadBench
{
    private static readonly CultureInfo _culture = CultureInfo.InvariantCulture;

    /// <summary>Pages followed to reach the "deep" page.</summary>
    private const int DeepPage = 20;

    public static async Task ListAsync(PortalFactory factory, string connectionString, string clientId, DateOnly today)
    {
        var views = factory.Services.GetRequiredService<BillingViews>();
        var billing = await factory.Services.GetRequiredService<PortalStorage>().TableAsync(StorageNames.BillingTable, CancellationToken.None);
        var query = InvoiceQuery.Parse(name => name switch { "state" => "open,partly-paid,overdue", "sort" => "due", "pageSize" => "50", _ => null }).Value;

        // The deep page's token: the list followed from its first page.
        var token = default(string);
        for (var page = 0; page < DeepPage && (page == 0 || token is not null); page++)
        {
            (_, token) = await views.InvoicesAsync(clientId, query, token, today, CancellationToken.None);
        }

        var balance = (await billing.GetEntityAsync<BalanceEntity>(BillingKeys.Partition(clientId), BillingKeys.Balance)).Value;
        var filter = InvoicePages.Filter(BillingKeys.Partition(clientId), query, new OldestFirst(balance).Reach, today);
        var deep = token is null ? null : InvoicePages.Open(token, query);
        var deepFilter = InvoicePages.Filter(BillingKeys.Partition(clientId), query, new OldestFirst(balance).Reach, today, deep?.After);

        Console.WriteLine();
        Console.WriteLine(string.Create(_culture, $"Invoice list of the large client, state=open,partly-paid,overdue&sort=due, 50 a page (ms):"));
        Console.WriteLine("  (bare: the same filter as one storage query, followed as storage pages it until the page holds 50 rows or 5 reads)");
        Console.WriteLine("  page          users  list median  list p95  bare median  bare p95  median / bare");
        foreach (var (name, listToken, bareFilter, bareToken) in new[] { ("first", (string?)null, filter, (string?)null), ($"deep ({DeepPage + 1}th)", token, deepFilter, deep?.ServiceToken) })
        {
            // What one page asks of storage, on a settled store, so a gap to the bare query can be told apart from the calls beside it.
            await SettleAsync(billing, clientId);
            using (var calls = StorageCalls.Count(connectionString))
            {
                await views.InvoicesAsync(clientId, query, listToken, today, CancellationToken.None);
                Console.WriteLine(string.Create(_culture, $"    one {name} page's storage calls: {string.Join("; ", calls.Timeline.Select(c => $"{c.Duration.TotalMilliseconds:0} ms {Describe(c.Call)}"))}"));
            }

            using (var calls = StorageCalls.Count(connectionString))
            {
                await BarePageAsync(billing, bareFilter, query.PageSize, bareToken);
                Console.WriteLine(string.Create(_culture, $"    the bare page's: {string.Join("; ", calls.Timeline.Select(c => $"{c.Duration.TotalMilliseconds:0} ms {Describe(c.Call)}"))}"));
            }

            foreach (var users in new[] { 1, 20 })
            {
                await SettleAsync(billing, clientId);
                var (list, bare) = await CompareAsync(
                    users, () => views.InvoicesAsync(clientId, query, listToken, today, CancellationToken.None), () => BarePageAsync(billing, bareFilter, query.PageSize, bareToken));
                Console.WriteLine(string.Create(_culture, $"  {name,-13} {users,5}  {list.Median,11:0.0}  {list.P95,8:0.0}  {bare.Median,11:0.0}  {bare.P95,8:0.0}  {list.Median / bare.Median,13:0.00}  {list.Failed + bare.Failed} timed out"));
            }
        }
    }

    /// <summary>
    /// Waits until Azurite has worked off what earlier runs left it (a timed-out scan goes on there after the caller gave up): three
    /// point reads in a row under 50 ms, or two minutes. Without it a run would pay for the one before it.
    /// </summary>
    private static async Task SettleAsync(TableClient billing, string clientId)
    {
        var deadline = Stopwatch.StartNew();
        for (var quick = 0; quick < 3 && deadline.Elapsed < TimeSpan.FromMinutes(2);)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                await billing.GetEntityIfExistsAsync<BalanceEntity>(BillingKeys.Partition(clientId), BillingKeys.Balance, select: ["PartitionKey"]);
                quick = watch.ElapsedMilliseconds < 50 ? quick + 1 : 0;
            }
            catch (Exception exception) when (exception is RequestFailedException or AggregateException or OperationCanceledException)
            {
                quick = 0;
            }

            await Task.Delay(200);
        }
    }

    /// <summary>
    /// The list and the bare read in turns, round by round (list first, then bare first, and so on), so that a store slowing or
    /// recovering during the run weighs on both alike.
    /// </summary>
    private static async Task<((double Median, double P95, int Failed) List, (double Median, double P95, int Failed) Bare)> CompareAsync(int users, Func<Task> list, Func<Task> bare)
    {
        await Attempt(list);
        await Attempt(bare);
        (Func<Task> Read, List<double> Times)[] sides = [(list, []), (bare, [])];
        var failed = new int[sides.Length];
        for (var round = 0; round < (users == 1 ? 15 : 3); round++)
        {
            foreach (var side in round % 2 == 0 ? new[] { 0, 1 } : [1, 0])
            {
                failed[side] += await TimeRoundAsync(users, sides[side].Read, sides[side].Times);
            }
        }

        (double, double, int) Of(int side)
        {
            var stats = sides[side].Times.Count == 0 ? new Stats(double.NaN, double.NaN) : Stats.Of(sides[side].Times);
            return (stats.Median, stats.P95, failed[side]);
        }

        return (Of(0), Of(1));
    }

    /// <summary>One read by each of <paramref name="users"/> at once, each time added; answers how many storage gave up on.</summary>
    private static async Task<int> TimeRoundAsync(int users, Func<Task> read, List<double> times)
    {
        var failed = 0;
        await Task.WhenAll(Enumerable.Range(0, users).Select(async _ =>
        {
            var watch = Stopwatch.StartNew();
            if (await Attempt(read))
            {
                lock (times)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
            else
            {
                Interlocked.Increment(ref failed);
            }
        }));
        return failed;
    }

    /// <summary>
    /// A read, false when storage gave up on it (the portal's 4 s network timeout, which a queue of scans in Azurite passes): counted,
    /// not timed.
    /// </summary>
    private static async Task<bool> Attempt(Func<Task> read)
    {
        try
        {
            await read();
            return true;
        }
        catch (Exception exception) when (exception is RequestFailedException or AggregateException or OperationCanceledException)
        {
            return false;
        }
    }

    public static async Task DashboardAsync(PortalFactory factory, Uri baseUrl, IReadOnlyList<string> clientIds)
    {
        const string password = "Zvaigzne42";
        var clients = factory.Services.GetRequiredService<ClientStore>();
        var account = (await factory.Services.GetRequiredService<AccountStore>().CreateAsync(
            new NewAccount($"bench-dashboard-{Guid.NewGuid():N}@example.lv", "Bench", "Dashboard", "lv", password, 4), CancellationToken.None))!;
        foreach (var id in clientIds)
        {
            await clients.AddMemberAsync(account.Id, (await clients.GetAsync(id, CancellationToken.None))!, [Scope.Finance], CancellationToken.None);
        }

        using var http = await BenchSession.SignInAsync(baseUrl, account.Email, password);
        var billing = await factory.Services.GetRequiredService<PortalStorage>().TableAsync(StorageNames.BillingTable, CancellationToken.None);

        await SettleAsync(billing, clientIds[0]);
        var (dashboard, bare) = await CompareAsync(
            1,
            async () =>
            {
                using var response = await http.GetAsync(new Uri("/api/me/dashboard", UriKind.Relative));
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
            },
            () => Task.WhenAll(clientIds.Select(id => billing.GetEntityIfExistsAsync<BalanceEntity>(BillingKeys.Partition(id), BillingKeys.Balance))));
        Console.WriteLine();
        Console.WriteLine(string.Create(_culture, $"Dashboard of a user acting for {clientIds.Count} clients (finance), over HTTP, beside {clientIds.Count} bare point reads side by side (ms):"));
        Console.WriteLine(string.Create(_culture, $"  dashboard median {dashboard.Median:0.0}, p95 {dashboard.P95:0.0}; bare median {bare.Median:0.0}, p95 {bare.P95:0.0}; median / bare {dashboard.Median / bare.Median:0.00}; {dashboard.Failed + bare.Failed} timed out"));
    }

    /// <summary>A storage call as its method and table, and whether it was a point read (the query itself is redacted from the call's record).</summary>
    private static string Describe(string call)
    {
        var (method, url) = call.Split(' ') is [var m, var u, _] ? (m, Uri.UnescapeDataString(u)) : ("", call);
        var path = new Uri(url).AbsolutePath.Split('/', 3)[^1];
        return $"{method} {path.Split('(')[0]}{(path.Contains("RowKey='", StringComparison.Ordinal) ? " (point read)" : " (query)")}";
    }

    /// <summary>The page as storage alone gives it: the filter's pages followed until they hold a page's rows, as the list reads them.</summary>
    private static async Task BarePageAsync(TableClient billing, string filter, int pageSize, string? token)
    {
        var rows = 0;
        for (var read = 0; read < InvoicePages.MaxReads && rows < pageSize; read++)
        {
            (var page, token) = await billing.FilteredPageAsync<InvoiceEntity>(filter, pageSize - rows, token, CancellationToken.None);
            rows += page.Count;
            if (token is null)
            {
                break;
            }
        }
    }
}
