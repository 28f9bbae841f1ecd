using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Accounts;
using Portal.Core.Clients;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>
/// A submission with a 5 MB attachment through the dev host over HTTP, at 1 and 10 concurrent users: the file's upload (declared,
/// sent in 4 MB chunks, finished: committed, read back, judged and hashed) and the whole send (draft, upload, submit with the
/// password), beside a bare upload of the same file to a blob of the same Azurite in the same run. Figures only.
/// </summary>
internal static class SubmitBench
{
    private const string Password = "Zvaigzne42";
    private static readonly CultureInfo _culture = CultureInfo.InvariantCulture;
    private static readonly Dictionary<string, List<double>> _steps = [];

    public static async Task RunAsync(PortalFactory factory, Uri baseUrl, string connectionString)
    {
        var services = factory.Services;
        var clients = services.GetRequiredService<ClientStore>();
        var file = TestPdf.Plain(new string('x', 5 * 1024 * 1024));
        var bare = new BlobContainerClient(connectionString, "bench-bare-upload");
        await bare.CreateIfNotExistsAsync();

        // A company offered the free-form request, and ten members who may submit for it.
        var externalId = $"BENCH-SUBMIT-{Guid.NewGuid():N}";
        var fed = await services.GetRequiredService<ClientFeed>().UpsertAsync(
            new ClientRecord(externalId, 1, "legal", "SIA Iesniegumu Mērījumi", null, $"4{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", null, null, null, "advance-payment", ["land-mobile"]), CancellationToken.None);
        var company = await clients.GetByExternalIdAsync(externalId, CancellationToken.None) ?? throw new InvalidOperationException($"The bench client was not fed: {fed.Status}.");
        var users = new List<HttpClient>();
        for (var i = 0; i < 10; i++)
        {
            var account = (await services.GetRequiredService<AccountStore>().CreateAsync(
                new NewAccount($"bench-submit-{Guid.NewGuid():N}@example.lv", "Bench", "Submitter", "lv", Password, 4), CancellationToken.None))!;
            await clients.AddMemberAsync(account.Id, company, [Scope.Submit], CancellationToken.None);
            users.Add(await BenchSession.SignInAsync(baseUrl, account.Email, Password));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(_culture, $"A submission with a {file.Length / (1024.0 * 1024):0.0} MB PDF attached, over HTTP, beside a bare upload of the same file to a blob of the same Azurite (ms):"));
        Console.WriteLine("  users  what                               median     p95  median / bare upload");
        foreach (var concurrency in new[] { 1, 10 })
        {
            var rounds = concurrency == 1 ? 10 : 3;
            var bareTimes = await TimeAsync(concurrency, rounds, async _ =>
            {
                var watch = Stopwatch.StartNew();
                await bare.GetBlobClient(Guid.NewGuid().ToString("N")).UploadAsync(new BinaryData(file));
                return (watch.Elapsed.TotalMilliseconds, 0);
            });
            var sent = await TimeAsync(concurrency, rounds, async user =>
            {
                var http = users[user];
                var whole = Stopwatch.StartNew();
                var draft = await ReadAsync(await http.PostAsJsonAsync($"/api/clients/{company.Id}/submissions", new { kind = "free-form", content = new { subject = "Antenas dati", message = "Pielikumā antenas tehniskie dati." } }), HttpStatusCode.Created);
                var id = draft.GetProperty("id").GetString()!;
                var files = $"/api/clients/{company.Id}/submissions/{id}/attachments";
                var upload = Stopwatch.StartNew();
                var begun = await ReadAsync(await http.PostAsJsonAsync(files, new { name = "antena.pdf", size = file.Length }), HttpStatusCode.Created);
                Step("begin", upload.Elapsed.TotalMilliseconds);
                var (fileId, chunk) = (begun.GetProperty("id").GetString()!, begun.GetProperty("chunkSize").GetInt32());
                for (var index = 0; index * chunk < file.Length; index++)
                {
                    using var bytes = new ByteArrayContent(file, index * chunk, Math.Min(chunk, file.Length - (index * chunk)));
                    bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                    var chunkWatch = Stopwatch.StartNew();
                    using var put = await http.PutAsync($"{files}/{fileId}/chunks/{index}", bytes);
                    Check(put, HttpStatusCode.NoContent);
                    Step($"chunk {index}", chunkWatch.Elapsed.TotalMilliseconds);
                }

                var finishWatch = Stopwatch.StartNew();
                await ReadAsync(await http.PostAsync($"{files}/{fileId}/finish", null), HttpStatusCode.OK);
                Step("finish", finishWatch.Elapsed.TotalMilliseconds);
                var uploaded = upload.Elapsed.TotalMilliseconds;
                using var submit = new HttpRequestMessage(HttpMethod.Post, $"/api/clients/{company.Id}/submissions/{id}/submit") { Content = JsonContent.Create(new { password = Password }) };
                submit.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
                await ReadAsync(await http.SendAsync(submit), HttpStatusCode.OK);
                return (whole.Elapsed.TotalMilliseconds, uploaded);
            });

            var bareMedian = Stats.Of(bareTimes.Select(t => t.Whole)).Median;
            Print(concurrency, "bare blob upload", bareTimes.Select(t => t.Whole), bareMedian);
            Print(concurrency, "attachment upload (begin, chunks, finish)", sent.Select(t => t.Part), bareMedian);
            Print(concurrency, "whole send (draft, upload, submit)", sent.Select(t => t.Whole), bareMedian);
            Console.WriteLine(string.Create(_culture, $"         the upload's steps, median ms: {string.Join(", ", _steps.Select(s => $"{s.Key} {Stats.Of(s.Value).Median:0}"))}"));
            _steps.Clear();
        }

        Console.WriteLine("  The upload's goal is under 1.5 x the bare upload. The whole send adds a draft, the password's hash (PBKDF2,");
        Console.WriteLine("  measured alone at the top of this run) and the submit's roll-forward (receipt number, outbox, audit).");
        foreach (var user in users)
        {
            user.Dispose();
        }
    }

    private static void Step(string name, double ms)
    {
        lock (_steps)
        {
            (_steps.TryGetValue(name, out var list) ? list : _steps[name] = []).Add(ms);
        }
    }

    private static void Print(int users, string what, IEnumerable<double> times, double bareMedian)
    {
        var stats = Stats.Of(times);
        Console.WriteLine(string.Create(_culture, $"  {users,5}  {what,-42} {stats.Median,6:0}  {stats.P95,6:0}  {stats.Median / bareMedian,10:0.00}"));
    }

    /// <summary>Each of <paramref name="users"/> runs <paramref name="rounds"/> times at once, after one warm-up round each.</summary>
    private static async Task<List<(double Whole, double Part)>> TimeAsync(int users, int rounds, Func<int, Task<(double Whole, double Part)>> run)
    {
        await Task.WhenAll(Enumerable.Range(0, users).Select(run));
        var times = new List<(double, double)>();
        await Task.WhenAll(Enumerable.Range(0, users).Select(async user =>
        {
            for (var i = 0; i < rounds; i++)
            {
                var time = await run(user);
                lock (times)
                {
                    times.Add(time);
                }
            }
        }));
        return times;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            Check(response, expected);
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }
    }

    private static void Check(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {response.StatusCode}, not {expected}.");
        }
    }
}
