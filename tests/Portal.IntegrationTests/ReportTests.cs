using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Portal.Core;
using Portal.Core.Storage;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>A portal whose queue functions run, retrying a failed message after a second and giving up after three attempts.</summary>
public sealed class ReportsPortal : IsolatedPortal
{
    protected override Dictionary<string, string?> Settings(TestBackends backends)
    {
        var settings = backends.Settings();
        settings["DevHost:RunQueues"] = "true";
        settings["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:01";
        settings["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.500";
        settings["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "3";
        return settings;
    }
}

/// <summary>Statement and ageing reports: asked for (202), built by the queue-triggered function, downloaded; their sums checked against the portal's own views.</summary>
public sealed class ReportTests(ReportsPortal portal) : IClassFixture<ReportsPortal>
{
    [Fact]
    [Trait("Clause", "2.10")]
    public async Task TheAgeingReport_PutsEachOpenAmountInItsBand_AndSumsToTheCentWhatTheInvoiceListLeavesOpen()
    {
        var (clientExternalId, member, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var today = RigaCalendar.DateOf(DateTimeOffset.UtcNow);
        var invoices = new[] { (5, 100.10m), (-1, 200.20m), (-30, 300.30m), (-31, 40.40m), (-60, 50.50m), (-61, 60.60m), (-90, 70.70m), (-91, 80.80m), (-400, 90.90m) }
            .Select((invoice, i) => new { externalId = $"INV-{Guid.NewGuid():N}", version = 1, clientExternalId, number = $"RE-{i:D2}", kind = "invoice", issuedOn = Date(today.AddDays(invoice.Item1 - 30)), dueOn = Date(today.AddDays(invoice.Item1)), amount = invoice.Item2, status = "issued" })
            .ToArray();
        await BillingFeedTests.FeedAsync(backOffice, "invoices", invoices);
        // Unnamed money settles the oldest (RE-08, 400 days past due) whole and RE-07 (91 days) in part; a payment names RE-04; a credit note credits RE-02 in part.
        await BillingFeedTests.FeedAsync(backOffice, "payments",
            new { externalId = $"PAY-{Guid.NewGuid():N}", version = 1, clientExternalId, receivedOn = Date(today.AddDays(-2)), amount = 100m },
            new { externalId = $"PAY-{Guid.NewGuid():N}", version = 1, clientExternalId, receivedOn = Date(today.AddDays(-1)), amount = 50.50m, allocations = new[] { new { invoiceExternalId = invoices[4].externalId, amount = 50.50m } } });
        await BillingFeedTests.FeedAsync(backOffice, "invoices",
            new { externalId = $"CN-{Guid.NewGuid():N}", version = 1, clientExternalId, number = "KR-1", kind = "credit-note", issuedOn = Date(today.AddDays(-3)), dueOn = Date(today.AddDays(-3)), amount = 0.30m, status = "issued", creditsInvoiceExternalId = invoices[2].externalId });

        var rows = await ReportRowsAsync(member, clientId, new { kind = "ageing", asOf = Date(today), format = "csv", language = "en" });
        var lines = rows.Where(r => r[0].StartsWith("RE-", StringComparison.Ordinal)).ToList();
        var list = await BillingFeedTests.AllAsync(member, $"/api/clients/{clientId}/invoices?sort=due");
        var open = list.Where(i => i.GetProperty("open").GetDecimal() > 0).ToList();
        Assert.Equal(open.Select(i => i.GetProperty("number").GetString()), lines.Select(l => l[0]));
        Assert.Equal(open.Select(i => i.GetProperty("open").GetDecimal()), lines.Select(l => Amount(l[4])));
        Assert.DoesNotContain(lines, l => l[0] == "RE-04" || l[0] == "RE-08");
        Assert.Equal(80.80m - (100m - 90.90m), Amount(lines.Single(l => l[0] == "RE-07")[4]));

        var bands = rows.Where(r => r[0].EndsWith(" days", StringComparison.Ordinal) || r[0] == "Not yet due").ToDictionary(r => r[0], r => Amount(r[4]));
        Assert.Equal(100.10m, bands["Not yet due"]);
        Assert.Equal(200.20m + 300.30m - 0.30m, bands["1-30 days"]);
        Assert.Equal(40.40m, bands["31-60 days"]);
        Assert.Equal(60.60m + 70.70m, bands["61-90 days"]);
        Assert.Equal(80.80m - (100m - 90.90m), bands["Over 90 days"]);
        var balance = await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/balance");
        var total = Amount(rows.Single(r => r[0] == "To pay in all")[4]);
        Assert.Equal(balance.GetProperty("due").GetDecimal(), total);
        Assert.Equal(balance.GetProperty("overdue").GetDecimal(), total - bands["Not yet due"]);
        Assert.Equal(bands.Values.Sum(), total);
    }

    [Fact]
    public async Task AnAgeingReportForAnEarlierDay_CountsOnlyWhatWasIssuedAndReceivedByThen()
    {
        var (clientExternalId, member, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var today = RigaCalendar.DateOf(DateTimeOffset.UtcNow);
        var first = $"INV-{Guid.NewGuid():N}";
        await BillingFeedTests.FeedAsync(backOffice, "invoices",
            new { externalId = first, version = 1, clientExternalId, number = "RE-1", kind = "invoice", issuedOn = Date(today.AddDays(-60)), dueOn = Date(today.AddDays(-45)), amount = 10m, status = "issued" },
            new { externalId = $"INV-{Guid.NewGuid():N}", version = 1, clientExternalId, number = "RE-2", kind = "invoice", issuedOn = Date(today.AddDays(-5)), dueOn = Date(today.AddDays(10)), amount = 20m, status = "issued" });
        await BillingFeedTests.FeedAsync(backOffice, "payments",
            new { externalId = $"PAY-{Guid.NewGuid():N}", version = 1, clientExternalId, receivedOn = Date(today.AddDays(-3)), amount = 10m, allocations = new[] { new { invoiceExternalId = first, amount = 10m } } });

        // Twenty days ago RE-1 was 25 days past due and unpaid, RE-2 not yet issued.
        var then = await ReportRowsAsync(member, clientId, new { kind = "ageing", asOf = Date(today.AddDays(-20)), format = "csv", language = "en" });
        var line = Assert.Single(then, r => r[0].StartsWith("RE-", StringComparison.Ordinal));
        Assert.Equal(["RE-1", Date(today.AddDays(-60)), Date(today.AddDays(-45)), "10.00", "10.00", "25", "1-30 days"], line);

        var now = await ReportRowsAsync(member, clientId, new { kind = "ageing", asOf = Date(today), format = "csv", language = "en" });
        Assert.Equal("RE-2", Assert.Single(now, r => r[0].StartsWith("RE-", StringComparison.Ordinal))[0]);
    }

    [Fact]
    [Trait("Clause", "17")]
    public async Task TheStatementReport_ListsEveryDocumentAndPayment_AndItsSumsAreTheStatementsToTheCent()
    {
        var (clientExternalId, member, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var cancelled = $"INV-{Guid.NewGuid():N}";
        await BillingFeedTests.FeedAsync(backOffice, "invoices",
            new { externalId = $"INV-{Guid.NewGuid():N}", version = 1, clientExternalId, number = "RE-0", kind = "invoice", issuedOn = "2026-01-20", dueOn = "2026-02-20", amount = 5m, status = "issued" },
            new { externalId = $"INV-{Guid.NewGuid():N}", version = 1, clientExternalId, number = "RE-1", kind = "invoice", issuedOn = "2026-02-03", dueOn = "2026-03-03", amount = 120.45m, status = "issued" },
            new { externalId = $"INV-{Guid.NewGuid():N}", version = 1, clientExternalId, number = "RE-2", kind = "invoice", issuedOn = "2026-03-28", dueOn = "2026-04-28", amount = 33.10m, status = "issued" },
            new { externalId = cancelled, version = 1, clientExternalId, number = "RE-3", kind = "invoice", issuedOn = "2026-03-02", dueOn = "2026-04-02", amount = 999m, status = "cancelled" },
            new { externalId = $"CN-{Guid.NewGuid():N}", version = 1, clientExternalId, number = "KR-1", kind = "credit-note", issuedOn = "2026-03-05", dueOn = "2026-03-05", amount = 20.45m, status = "issued" });
        await BillingFeedTests.FeedAsync(backOffice, "payments",
            new { externalId = "PAY-A", version = 1, clientExternalId, receivedOn = "2026-02-25", amount = 100m },
            new { externalId = "PAY-B", version = 1, clientExternalId, receivedOn = "2026-03-30", amount = 0.01m });

        var rows = await ReportRowsAsync(member, clientId, new { kind = "statement", from = "2026-02", to = "2026-03", format = "csv", language = "en" });
        var items = rows.SkipWhile(r => r[0] != "Date").Skip(1).ToList();
        Assert.Equal(
            [
                ["", "Balance at the start", "", "", "", "5.00"],
                ["2026-02-03", "Invoice", "RE-1", "120.45", "", "125.45"],
                ["2026-02-25", "Payment", "PAY-A", "", "100.00", "25.45"],
                ["", "2026-02 in all", "", "120.45", "100.00", "25.45"],
                ["2026-03-05", "Credit note", "KR-1", "-20.45", "", "5.00"],
                ["2026-03-28", "Invoice", "RE-2", "33.10", "", "38.10"],
                ["2026-03-30", "Payment", "PAY-B", "", "0.01", "38.09"],
                ["", "2026-03 in all", "", "12.65", "0.01", "38.09"],
                ["", "Balance at the end", "", "133.10", "100.01", "38.09"],
            ],
            items);

        var statement = await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/statement?from=2026-02&to=2026-03");
        Assert.Equal(statement.GetProperty("opening").GetDecimal(), Amount(items[0][5]));
        Assert.Equal(statement.GetProperty("closing").GetDecimal(), Amount(items[^1][5]));
    }

    [Fact]
    public async Task APdfReport_IsAPlainPdfWithItsFontEmbedded_OverAsManyPagesAsItNeeds_NamedForTheClient()
    {
        var (clientExternalId, member, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var today = RigaCalendar.DateOf(DateTimeOffset.UtcNow);
        for (var batch = 0; batch < 2; batch++)
        {
            await BillingFeedTests.FeedAsync(backOffice, "invoices", [.. Enumerable.Range(batch * 50, 50).Select(i => (object)new
            {
                externalId = $"INV-{Guid.NewGuid():N}", version = 1, clientExternalId, number = $"RĒ-ŠĶ-{i:D3}", kind = "invoice", issuedOn = Date(today.AddDays(-i - 20)), dueOn = Date(today.AddDays(-i)),
                amount = 10m + i, status = "issued",
            })]);
        }

        var report = await RequestAsync(member, clientId, new { kind = "ageing", asOf = Date(today), format = "pdf" });
        var ready = await ReadyAsync(member, clientId, report);
        Assert.EndsWith($"-ageing-{Date(today)}.pdf", ready.GetProperty("fileName").GetString(), StringComparison.Ordinal);
        using var response = await member.GetAsync($"/api/clients/{clientId}/reports/{report}/file");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(ready.GetProperty("sizeBytes").GetInt64(), pdf.Length);
        Assert.Null(Portal.Core.Documents.PdfCheck.Problem(pdf));
        var text = Encoding.Latin1.GetString(pdf);
        Assert.Contains("/FontFile2", text, StringComparison.Ordinal);
        Assert.Contains("DejaVu", text, StringComparison.Ordinal);
        var pages = int.Parse(System.Text.RegularExpressions.Regex.Match(text, @"/Type\s*/Pages.*?/Count\s+(\d+)", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(pages >= 2, $"{pages} page(s) for 100 invoices");

        // The dashboard names it from the balance aggregate it reads anyway.
        var dashboard = await member.GetFromJsonAsync<JsonElement>("/api/me/dashboard");
        var notices = dashboard.GetProperty("clients").EnumerateArray().Single(c => c.GetProperty("id").GetString() == clientId).GetProperty("readyReports");
        Assert.Equal(report, Assert.Single(notices.EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task AFailedAttempt_IsTriedAgain_AndAReportThatFailsEveryAttempt_IsMarkedFailed()
    {
        var (_, member, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var today = Date(RigaCalendar.DateOf(DateTimeOffset.UtcNow));
        var reports = await portal.Service<PortalStorage>().ContainerAsync(StorageNames.ReportsContainer, CancellationToken.None);
        try
        {
            // With its container gone, a report cannot be written: the first attempt fails, and the queue shows the message again.
            await reports.DeleteAsync();
            var retried = await RequestAsync(member, clientId, new { kind = "ageing", asOf = today, format = "csv" });
            await WaitForAsync(member, clientId, retried, r => r.GetProperty("attempts").GetInt32() >= 1 && r.GetProperty("status").GetString() == "queued");
            await CreateAgainAsync(reports);
            var ready = await ReadyAsync(member, clientId, retried);
            Assert.Equal(2, ready.GetProperty("attempts").GetInt32());

            await reports.DeleteAsync();
            var doomed = await RequestAsync(member, clientId, new { kind = "ageing", asOf = today, format = "csv" });
            var failed = await WaitForAsync(member, clientId, doomed, r => r.GetProperty("status").GetString() == "failed");
            Assert.Equal(3, failed.GetProperty("attempts").GetInt32());
            await ProblemAssert.IsProblemAsync(await member.GetAsync($"/api/clients/{clientId}/reports/{doomed}/file"), HttpStatusCode.NotFound);
        }
        finally
        {
            await CreateAgainAsync(reports);
        }

        var list = await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/reports");
        Assert.Equal(["failed", "ready"], list.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task BadInput_IsA400_FieldByField_AndAStatementIsRefusedToWhomItDoesNotServe()
    {
        var (_, member, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var tomorrow = Date(RigaCalendar.DateOf(DateTimeOffset.UtcNow).AddDays(1));
        await AssertFieldsAsync(await member.PostAsJsonAsync($"/api/clients/{clientId}/reports", new { kind = "aging", format = "docx", language = "de" }), "kind", "format", "language");
        await AssertFieldsAsync(await member.PostAsJsonAsync($"/api/clients/{clientId}/reports", new { kind = "ageing", format = "pdf", asOf = tomorrow }), "asOf");
        await AssertFieldsAsync(await member.PostAsJsonAsync($"/api/clients/{clientId}/reports", new { kind = "ageing", format = "pdf", asOf = "31.12.2025" }), "asOf");
        await AssertFieldsAsync(await member.PostAsJsonAsync($"/api/clients/{clientId}/reports", new { kind = "statement", format = "csv", from = "2026-05", to = "2026-01" }), "to");
        await AssertFieldsAsync(await member.PostAsJsonAsync($"/api/clients/{clientId}/reports", new { kind = "statement", format = "csv", from = "2026-13" }), "from", "to");
        await ProblemAssert.IsProblemAsync(await member.GetAsync($"/api/clients/{clientId}/reports/nosuchreport"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await member.GetAsync($"/api/clients/{clientId}/reports/..%2F..%2Fx/file"), HttpStatusCode.NotFound);
    }

    private static async Task AssertFieldsAsync(HttpResponseMessage response, params string[] fields)
    {
        var errors = (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        foreach (var field in fields)
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
    }

    private static async Task<string> RequestAsync(HttpClient member, string clientId, object body)
    {
        using var response = await member.PostAsJsonAsync($"/api/clients/{clientId}/reports", body);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = report.GetProperty("id").GetString()!;
        Assert.Equal($"/api/clients/{clientId}/reports/{id}", response.Headers.Location?.ToString());
        return id;
    }

    private static Task<JsonElement> ReadyAsync(HttpClient member, string clientId, string id) =>
        WaitForAsync(member, clientId, id, r => r.GetProperty("status").GetString() == "ready");

    private static async Task<JsonElement> WaitForAsync(HttpClient member, string clientId, string id, Func<JsonElement, bool> condition)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (true)
        {
            var report = await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/reports/{id}");
            if (condition(report))
            {
                return report;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"the report did not get there in 60 s: {report}");
            Assert.NotEqual("failed", report.GetProperty("status").GetString());
            await Task.Delay(200);
        }
    }

    /// <summary>The report's CSV (English: ',' and a decimal point), split into cells.</summary>
    private static async Task<List<string[]>> ReportRowsAsync(HttpClient member, string clientId, object body)
    {
        var id = await RequestAsync(member, clientId, body);
        await ReadyAsync(member, clientId, id);
        var bytes = await member.GetByteArrayAsync($"/api/clients/{clientId}/reports/{id}/file");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        return [.. Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n").Where(l => l.Length > 0).Select(l => l.Split(','))];
    }

    private static async Task CreateAgainAsync(Azure.Storage.Blobs.BlobContainerClient container)
    {
        // Storage may refuse a container of the same name for a moment after its deletion.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await container.CreateIfNotExistsAsync();
                return;
            }
            catch (Azure.RequestFailedException exception) when (exception.Status == 409 && attempt < 50)
            {
                await Task.Delay(200);
            }
        }
    }

    private static decimal Amount(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
