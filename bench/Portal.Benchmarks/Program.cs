using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Benchmarks;
using Portal.Core.Accounts;
using Portal.Testing;

// Sign-in through the dev host over real HTTP, beside the bare cost of one password hash measured in
// the same run. Figures only: nothing here asserts a time.
const string Password = "Zvaigzne42";
var culture = CultureInfo.InvariantCulture;

// `feed [invoices] [--profile]` runs the feed benchmark alone (a smaller count for a quick look; --profile adds the
// invoice feed's storage calls by kind); `sign-in` the sign-in figures alone; `submit` the submission with an attachment alone;
// `payments` the payment orders settled by shuffled, repeated bank answers alone.
if (args is ["feed", ..])
{
    await FeedBench.RunAsync(args.Length > 1 && args[1] != "--profile" ? int.Parse(args[1], culture) : FeedBench.DefaultInvoices, args.Contains("--profile"));
    return;
}

await using var backends = await TestBackends.StartAsync();
var settings = backends.Settings();
settings["Logging:LogLevel:Default"] = "Error";
// One client's 20 users pay at once in the payment benchmark: as many orders in flight as the setting allows.
settings["Payments:MaxOrdersInFlight"] = "20";
await using var factory = new PortalFactory(settings);
var baseUrl = factory.StartKestrel();

if (args is ["submit", ..])
{
    await SubmitBench.RunAsync(factory, baseUrl, backends.Azurite.ConnectionString);
    return;
}

if (args is ["payments", ..])
{
    await PaymentBench.RunAsync(factory, baseUrl, backends.Azurite.ConnectionString);
    return;
}
var accounts = factory.Services.GetRequiredService<AccountStore>();

var hasher = new PasswordHasher<UserAccount>();
var probe = new UserAccount("bench", "bench@example.lv", "", "", "lv", AccountStatus.Active, "", default, false, 4, default);
var hash = hasher.HashPassword(probe, Password);
var bare = Measure(30, () => hasher.VerifyHashedPassword(probe, hash, Password));
Console.WriteLine(string.Create(culture, $"Bare password hash (PasswordHasher, PBKDF2): median {bare.Median:0.0} ms, p95 {bare.P95:0.0} ms"));
Console.WriteLine();
Console.WriteLine("Sign-in success through the dev host (HTTP, Azurite):");
Console.WriteLine("clients  requests  throughput/s  median ms  p95 ms  median / bare hash");

foreach (var clients in new[] { 1, 4, 16 })
{
    var users = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => CreateAsync()));
    using var http = Client();
    await SignInAsync(http, users[0], Password); // warm-up
    const int perClient = 16;
    var latencies = new List<double>();
    var watch = Stopwatch.StartNew();
    await Task.WhenAll(users.Select(async user =>
    {
        for (var i = 0; i < perClient; i++)
        {
            var (status, ms) = await SignInAsync(http, user, Password);
            if (status != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"sign-in answered {status}");
            }

            lock (latencies)
            {
                latencies.Add(ms);
            }
        }
    }));
    var stats = Stats.Of(latencies);
    Console.WriteLine(string.Create(culture, $"{clients,7}  {latencies.Count,8}  {latencies.Count / watch.Elapsed.TotalSeconds,12:0.0}  {stats.Median,9:0.0}  {stats.P95,6:0.0}  {stats.Median / bare.Median,18:0.00}"));
}

Console.WriteLine();
const int TimingRounds = 60;
Console.WriteLine(string.Create(culture, $"What the time of an answer could tell, one client (medians of {TimingRounds}, the paths in a new order each round; the goal is within 10 % of each other):"));
using (var http = Client())
{
    var signIn = new Dictionary<string, List<double>> { ["unknown"] = [], ["active"] = [], ["awaiting"] = [], ["locked"] = [] };
    var reset = new Dictionary<string, List<double>> { ["unknown"] = [], ["active"] = [], ["awaiting"] = [], ["locked"] = [] };
    for (var i = 0; i < TimingRounds; i++)
    {
        var unknown = $"nobody-{Guid.NewGuid():N}@example.lv";
        var active = await CreateAsync();
        var awaiting = await CreateAwaitingAsync();
        var locked = await CreateAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SignInAsync(http, locked, "Nepareiza1");
        }

        // Each round in its own order, so no path is always the first (colder) or the last.
        var round = new[] { ("unknown", unknown), ("active", active), ("awaiting", awaiting), ("locked", locked) };
        Random.Shared.Shuffle(round);
        foreach (var (name, email) in round)
        {
            signIn[name].Add(Failed(await SignInAsync(http, email, name == "active" ? "Nepareiza1" : Password)));
        }

        Random.Shared.Shuffle(round);
        foreach (var (name, email) in round)
        {
            reset[name].Add(await ResetAsync(http, email));
        }
    }

    foreach (var (what, paths) in new[] { ("sign-in (401)", signIn), ("reset request (202)", reset) })
    {
        var medians = paths.ToDictionary(p => p.Key, p => Stats.Of(p.Value).Median);
        var spread = (medians.Values.Max() / medians.Values.Min() - 1) * 100;
        // The noise floor: one path against itself, its odd rounds beside its even ones.
        var noise = paths.Values.Max(p => Apart(Stats.Of(p.Where((_, n) => n % 2 == 0)).Median, Stats.Of(p.Where((_, n) => n % 2 == 1)).Median));
        Console.WriteLine(string.Create(culture, $"  {what,-20} {string.Join("  ", medians.Select(m => $"{m.Key} {m.Value,6:0.0} ms"))}   slowest / fastest {spread:0} % apart (a path against itself: up to {noise:0} %)"));
    }
}

Console.WriteLine();
Console.WriteLine("Sign-in's storage work, one client, beside a bare point write measured now:");
{
    var table = new Azure.Data.Tables.TableClient(backends.Azurite.ConnectionString, "BenchPointWrites");
    await table.CreateIfNotExistsAsync();
    var writes = new List<double>();
    for (var i = 0; i < 40; i++)
    {
        var watch = Stopwatch.StartNew();
        await table.UpsertEntityAsync(new Azure.Data.Tables.TableEntity("bench", $"{i % 4}") { ["At"] = DateTimeOffset.UtcNow });
        writes.Add(watch.Elapsed.TotalMilliseconds);
    }

    var user = await CreateAsync();
    using var http = Client();
    for (var i = 0; i < 5; i++)
    {
        await SignInAsync(http, user, Password); // warm-up
    }

    // Each round times a bare hash and then a sign-in, so both see the same speed of this machine's CPU, which drifts.
    var calls = new List<int>();
    var signIns = new List<double>();
    var hashes = new List<double>();
    using var counting = StorageCalls.Count(backends.Azurite.ConnectionString);
    for (var i = 0; i < TimingRounds; i++)
    {
        var watch = Stopwatch.StartNew();
        hasher.VerifyHashedPassword(probe, hash, Password);
        hashes.Add(watch.Elapsed.TotalMilliseconds);
        var before = counting.Calls;
        signIns.Add((await SignInAsync(http, user, Password)).Ms);
        calls.Add(counting.Calls - before);
    }

    // One more, to show what its calls are and which wait for which.
    var first = counting.Timeline.Count;
    var started = DateTime.UtcNow;
    var (_, answered) = await SignInAsync(http, user, Password);
    Console.WriteLine("  One sign-in's storage calls (start and length in ms from the request's start):");
    foreach (var (start, length, call) in counting.Timeline.Skip(first))
    {
        var path = call.Split(' ') is [var method, var url, var status] ? $"{method} {new Uri(url).AbsolutePath.Split('/', 3)[^1]} {status}" : call;
        Console.WriteLine(string.Create(culture, $"    {(start - started).TotalMilliseconds,6:0.0} {length.TotalMilliseconds,5:0.0}  {Uri.UnescapeDataString(path)}"));
    }

    Console.WriteLine(string.Create(culture, $"    {answered,6:0.0}        the answer in full"));

    var point = Stats.Of(writes).Median;
    var median = Stats.Of(signIns).Median;
    var hashMedian = Stats.Of(hashes).Median;
    Console.WriteLine(string.Create(culture, $"  {TimingRounds} rounds of a bare hash then a sign-in: hash median {hashMedian:0.0} ms, sign-in median {median:0.0} ms = {median / hashMedian:0.00} x the bare hash (goal at most 1.25)"));
    Console.WriteLine(string.Create(culture, $"  {calls.Order().ElementAt(calls.Count / 2)} storage calls each; bare point write median {point:0.0} ms; sign-in beyond the hash {median - hashMedian:0.0} ms = {(median - hashMedian) / point:0.0} point writes' time"));
}

// `sign-in` stops here: the sign-in and timing figures alone.
if (args is ["sign-in", ..])
{
    return;
}

await SubmitBench.RunAsync(factory, baseUrl, backends.Azurite.ConnectionString);
await PaymentBench.RunAsync(factory, baseUrl, backends.Azurite.ConnectionString);

Console.WriteLine();
Console.WriteLine("Password-expiry reminder run (timer function's work), the same 100 users due, beside all users:");
var expiryTimes = new List<(int Users, double Ms, ExpiryRun Run)>();
foreach (var total in ExpiryData.Sizes)
{
    await using var store = await TestBackends.StartAsync();
    var storeSettings = store.Settings();
    storeSettings["Logging:LogLevel:Default"] = "Error";
    await using var host = new PortalFactory(storeSettings);
    _ = host.CreateHttpsClient();
    await host.Services.GetRequiredService<Portal.Core.Storage.PortalStorage>().EnsureReadyAsync(CancellationToken.None);
    var writeWatch = Stopwatch.StartNew();
    await ExpiryData.WriteAsync(store.Azurite.ConnectionString, total, due: 100, hash);
    var writeSeconds = writeWatch.Elapsed.TotalSeconds;
    var reminders = host.Services.GetRequiredService<PasswordExpiryReminders>();
    var watch = Stopwatch.StartNew();
    var run = await reminders.SendDueAsync(CancellationToken.None);
    expiryTimes.Add((total, watch.Elapsed.TotalMilliseconds, run));
    Console.WriteLine(string.Create(culture, $"  {total,7} users ({writeSeconds:0} s to write): run {watch.Elapsed.TotalMilliseconds,7:0} ms, {run.IndexRowsRead} index rows read, {run.Sent} reminders"));
}

Console.WriteLine(string.Create(culture, $"  {ExpiryData.Sizes[1]:N0} / {ExpiryData.Sizes[0]:N0} users: time ratio {expiryTimes[1].Ms / expiryTimes[0].Ms:0.00} (a run that read every user would be near {(double)ExpiryData.Sizes[1] / ExpiryData.Sizes[0]:0}); rows read {expiryTimes[0].Run.IndexRowsRead} and {expiryTimes[1].Run.IndexRowsRead}"));
Console.WriteLine("  Note: Azurite answers a partition query by scanning its whole in-memory table, so its time grows with the");
Console.WriteLine("  table; the rows the run reads do not. Azure Table Storage serves a partition query from that partition alone.");

await FeedBench.RunAsync();

async Task<string> CreateAsync()
{
    var email = $"bench-{Guid.NewGuid():N}@example.lv";
    await accounts.CreateAsync(new NewAccount(email, "Bench", "User", "lv", Password, 4), CancellationToken.None);
    return email;
}

// An account approved by ES and waiting for its password (no hash yet).
async Task<string> CreateAwaitingAsync()
{
    var email = $"bench-awaiting-{Guid.NewGuid():N}@example.lv";
    await accounts.EnsureApplicantAsync(Guid.NewGuid().ToString("N"), new Applicant(email, "Bench", "Awaiting", "lv", "+37120000000", "Rīga", "", 4), CancellationToken.None);
    return email;
}

HttpClient Client()
{
    // One anti-forgery token for the whole run, sent as cookie and header (Secure cookies are not kept over http).
    var http = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = baseUrl };
    http.DefaultRequestHeaders.Add("Cookie", "__Host-XSRF-TOKEN=bench");
    http.DefaultRequestHeaders.Add("X-XSRF-TOKEN", "bench");
    return http;
}

static double Apart(double one, double other) => (Math.Max(one, other) / Math.Min(one, other) - 1) * 100;

// A failure path is timed only if it answered as one (not, say, throttled).
static double Failed((HttpStatusCode Status, double Ms) attempt) =>
    attempt.Status == HttpStatusCode.Unauthorized ? attempt.Ms : throw new InvalidOperationException($"a failed sign-in answered {attempt.Status}");

static async Task<double> ResetAsync(HttpClient http, string email)
{
    var watch = Stopwatch.StartNew();
    using var response = await http.PostAsJsonAsync("/api/auth/password-reset", new { email });
    await response.Content.ReadAsByteArrayAsync();
    return response.StatusCode == HttpStatusCode.Accepted ? watch.Elapsed.TotalMilliseconds : throw new InvalidOperationException($"a reset request answered {response.StatusCode}");
}

static async Task<(HttpStatusCode Status, double Ms)> SignInAsync(HttpClient http, string email, string password)
{
    var watch = Stopwatch.StartNew();
    using var response = await http.PostAsJsonAsync("/api/auth/sign-in", new { email, password });
    await response.Content.ReadAsByteArrayAsync();
    return (response.StatusCode, watch.Elapsed.TotalMilliseconds);
}

static Stats Measure(int count, Action action)
{
    action();
    var values = new List<double>();
    for (var i = 0; i < count; i++)
    {
        var watch = Stopwatch.StartNew();
        action();
        values.Add(watch.Elapsed.TotalMilliseconds);
    }

    return Stats.Of(values);
}

internal sealed record Stats(double Median, double P95)
{
    public static Stats Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return new Stats(sorted[sorted.Length / 2], sorted[(int)Math.Ceiling(sorted.Length * 0.95) - 1]);
    }
}
