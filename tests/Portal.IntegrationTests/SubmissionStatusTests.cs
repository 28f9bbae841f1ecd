using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Portal.Core.Audit;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Storage;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>
/// A sent submission to and from the back office: statuses fed with their history and an email each, replays and older versions that
/// change nothing, bad records refused by path, ES's request for information and the user's answer, withdrawal, and documents.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SubmissionStatusTests(PortalFixture portal)
{
    private const string Password = "Zvaigzne42";

    private sealed record Sent(HttpClient BackOffice, HttpClient Member, string ClientId, string Id, string ReceiptNumber);

    /// <summary>A company whose member has sent a free-form request.</summary>
    private async Task<Sent> SentAsync()
    {
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var (_, member, clientId) = await PermitFeedTests.CompanyWithMemberAsync(portal, backOffice, [], Scope.Submit);
        var id = await DraftAsync(member, clientId);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/clients/{clientId}/submissions/{id}/submit") { Content = JsonContent.Create(new { password = Password }) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var receipt = await (await member.SendAsync(request)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        return new(backOffice, member, clientId, id, receipt.GetProperty("receiptNumber").GetString()!);
    }

    private static async Task<string> DraftAsync(HttpClient member, string clientId)
    {
        var response = await member.PostAsJsonAsync($"/api/clients/{clientId}/submissions", new { kind = "free-form", content = new { subject = "Atļaujas kopija", message = "Lūdzu atsūtīt atļaujas kopiju." } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static object Status(string submissionId, long version, string status, string? message = null, DateTimeOffset? changedAt = null) =>
        new { submissionId, version, status, message, changedAt = (changedAt ?? DateTimeOffset.UtcNow.AddMinutes(-10 + version)).ToString("O") };

    private static async Task<List<JsonElement>> FeedAsync(HttpClient backOffice, params object[] records)
    {
        var response = await backOffice.PostAsJsonAsync("/api/backoffice/submission-statuses", records);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, answer.GetProperty("contractVersion").GetInt32());
        return [.. answer.GetProperty("results").EnumerateArray()];
    }

    private static string[] StatusesOf(List<JsonElement> results) => [.. results.Select(r => r.GetProperty("status").GetString()!)];

    private static Task<JsonElement> DetailAsync(Sent sent) => sent.Member.GetFromJsonAsync<JsonElement>($"/api/clients/{sent.ClientId}/submissions/{sent.Id}");

    private async Task<List<TableEntity>> OutboxAsync(string clientId, string? eventType)
    {
        var table = await portal.Service<PortalStorage>().TableAsync(StorageNames.SubmissionsTable, CancellationToken.None);
        var rows = await table.QueryAsync<TableEntity>(e => e.PartitionKey == clientId && e.RowKey.CompareTo("outbox|") >= 0 && e.RowKey.CompareTo("outbox}") < 0).ToListAsync();
        return eventType is null
            ? [.. rows.Where(e => e.GetString("Kind") is null or "").Where(e => JsonDocument.Parse(e.GetString("Payload")).RootElement.GetProperty("template").GetString() == "submission-status-changed")]
            : [.. rows.Where(e => e.GetString("EventType") == eventType)];
    }

    private static Task<HttpResponseMessage> AnswerAsync(Sent sent, string? key, string text)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/clients/{sent.ClientId}/submissions/{sent.Id}/answers") { Content = JsonContent.Create(new { text }) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return sent.Member.SendAsync(request);
    }

    private static Task<HttpResponseMessage> WithdrawAsync(Sent sent) => sent.Member.PostAsync($"/api/clients/{sent.ClientId}/submissions/{sent.Id}/withdraw", null);

    private static Task<HttpResponseMessage> PutDocumentAsync(HttpClient backOffice, string submissionId, string documentId, byte[] content, string? name = null) =>
        backOffice.PutAsync($"/api/backoffice/submissions/{submissionId}/documents/{documentId}{(name is null ? "" : $"?name={Uri.EscapeDataString(name)}")}", new ByteArrayContent(content));

    [Fact]
    public async Task Statuses_RoundTrip_IntoTheHistory_WithAnEmailPerChange_OnTheClientsTrail()
    {
        var sent = await SentAsync();

        var results = await FeedAsync(sent.BackOffice,
            Status(sent.Id, 1, "received"),
            new { receiptNumber = sent.ReceiptNumber, version = 2, status = "in-review", changedAt = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O") },
            Status(sent.Id, 3, "approved", "Atļauja izsniegta.\nE-atļauja pievienota."));

        Assert.Equal(["created", "updated", "updated"], StatusesOf(results));
        Assert.Equal([sent.Id, sent.ReceiptNumber, sent.Id], results.Select(r => r.GetProperty("externalId").GetString()));
        var detail = await DetailAsync(sent);
        Assert.Equal("approved", detail.GetProperty("status").GetString());
        var history = detail.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["submitted", "received", "in-review", "approved"], history.Select(e => e.GetProperty("status").GetString()));
        Assert.Equal(["Līga Kalniņa", "ES", "ES", "ES"], history.Select(e => e.GetProperty("by").GetString()));
        Assert.Equal("Atļauja izsniegta.\nE-atļauja pievienota.", history[3].GetProperty("message").GetString());
        Assert.Equal(sent.ReceiptNumber, detail.GetProperty("receiptNumber").GetString());

        var listed = (await sent.Member.GetFromJsonAsync<JsonElement>($"/api/clients/{sent.ClientId}/submissions")).GetProperty("submissions").EnumerateArray().Single(s => s.GetProperty("id").GetString() == sent.Id);
        Assert.Equal("approved", listed.GetProperty("status").GetString());

        var emails = await OutboxAsync(sent.ClientId, null);
        Assert.Equal(3, emails.Count);
        var values = emails.Select(e => JsonDocument.Parse(e.GetString("Payload")).RootElement.GetProperty("values")).ToList();
        Assert.Equal(["apstiprināts", "saņemts", "tiek izskatīts"], values.Select(v => v.GetProperty("status").GetString()).Order(StringComparer.Ordinal));
        Assert.All(values, v => Assert.EndsWith($"/submission?id={sent.Id}", v.GetProperty("submissionLink").GetString(), StringComparison.Ordinal));

        var (trail, _) = await portal.Service<AuditTrail>().ReadAsync(AuditTrail.ClientChain(sent.ClientId), 50, null, CancellationToken.None);
        Assert.Equal(3, trail.Count(r => r.Action == AuditActions.SubmissionStatus && r.Target.StartsWith($"submission|{sent.Id}|", StringComparison.Ordinal)));

        // The receipt stays a download once the submission has moved on.
        Assert.Equal(HttpStatusCode.OK, (await sent.Member.GetAsync($"/api/clients/{sent.ClientId}/submissions/{sent.Id}/receipt")).StatusCode);
    }

    [Fact]
    public async Task ARepeatedRecord_IsOneEntry_AndAnOlderOne_MovesNothingBack()
    {
        var sent = await SentAsync();
        var received = Status(sent.Id, 1, "received", changedAt: DateTimeOffset.UtcNow.AddMinutes(-9));

        var first = await FeedAsync(sent.BackOffice, received);
        var again = await FeedAsync(sent.BackOffice, received, Status(sent.Id, 1, "rejected", "Cits saturs.", DateTimeOffset.UtcNow.AddMinutes(-9)));
        var later = await FeedAsync(sent.BackOffice, Status(sent.Id, 3, "in-review"), Status(sent.Id, 2, "information-requested", "Novēlots."));

        Assert.Equal(["created"], StatusesOf(first));
        Assert.Equal(["unchanged", "rejected"], StatusesOf(again));
        Assert.True(again[1].GetProperty("errors").TryGetProperty("version", out _));
        Assert.Equal(["updated", "stale"], StatusesOf(later));
        var detail = await DetailAsync(sent);
        Assert.Equal("in-review", detail.GetProperty("status").GetString());
        Assert.Equal(["submitted", "received", "in-review"], detail.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("status").GetString()));
        Assert.Equal(2, (await OutboxAsync(sent.ClientId, null)).Count);
    }

    [Fact]
    public async Task BadRecords_AreRejectedWithTheirPaths_AndTheGoodOneInTheBatchLands()
    {
        var sent = await SentAsync();
        var other = await SentAsync();
        var draft = await DraftAsync(sent.Member, sent.ClientId);
        var now = DateTimeOffset.UtcNow.ToString("O");

        var results = await FeedAsync(sent.BackOffice,
            new { version = 1, status = "received", changedAt = now },
            new { submissionId = sent.Id, version = 0, status = "decided", changedAt = "yesterday" },
            new { submissionId = sent.Id, version = 1, status = "information-requested", message = "  ", changedAt = DateTimeOffset.UtcNow.AddHours(1).ToString("O") },
            new { submissionId = "no/such", receiptNumber = "26-1", version = 1, status = "received", changedAt = now },
            new { submissionId = draft, version = 1, status = "received", changedAt = now },
            new { submissionId = "0000000000000000000aaaaaaaaaaaa", version = 1, status = "received", changedAt = now },
            new { submissionId = sent.Id, receiptNumber = other.ReceiptNumber, version = 1, status = "received", changedAt = now },
            new { submissionId = sent.Id, version = 1, status = "received", message = "Saņemts \u0007", changedAt = "2026-12-01T10:00:00" },
            Status(sent.Id, 1, "received"));

        string[] Paths(int i) => [.. results[i].GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)];
        Assert.Equal([.. Enumerable.Repeat("rejected", 8), "created"], StatusesOf(results));
        Assert.Equal(["submissionId"], Paths(0));
        Assert.Equal(["changedAt", "status", "version"], Paths(1));
        Assert.Equal(["changedAt", "message"], Paths(2));
        Assert.Equal(["receiptNumber", "submissionId"], Paths(3));
        Assert.Equal(["submissionId"], Paths(4));
        Assert.Equal(["submissionId"], Paths(5));
        Assert.Equal(["receiptNumber"], Paths(6));
        Assert.Equal(["changedAt", "message"], Paths(7));
        Assert.Equal("received", (await DetailAsync(sent)).GetProperty("status").GetString());
        Assert.Equal("draft", (await sent.Member.GetFromJsonAsync<JsonElement>($"/api/clients/{sent.ClientId}/submissions/{draft}")).GetProperty("status").GetString());

        var notAList = await ProblemAssert.IsProblemAsync(await sent.BackOffice.PostAsJsonAsync("/api/backoffice/submission-statuses", new { submissionId = sent.Id }), HttpStatusCode.BadRequest);
        Assert.True(notAList.GetProperty("errors").TryGetProperty("body", out _));
    }

    [Fact]
    public async Task AnInformationRequest_IsAnswered_AndTheAnswerGoesOutAsAnEvent()
    {
        var sent = await SentAsync();
        var key = Guid.NewGuid().ToString();

        var unasked = await ProblemAssert.IsProblemAsync(await AnswerAsync(sent, key, "Pielikumā."), HttpStatusCode.Conflict);
        Assert.Equal(ProblemTypes.Conflict, unasked.GetProperty("type").GetString());
        await FeedAsync(sent.BackOffice, Status(sent.Id, 1, "information-requested", "Norādiet antenas augstumu."));
        var noKey = await ProblemAssert.IsProblemAsync(await AnswerAsync(sent, null, "Pielikumā."), HttpStatusCode.BadRequest);
        Assert.True(noKey.GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
        var empty = await ProblemAssert.IsProblemAsync(await AnswerAsync(sent, key, "   "), HttpStatusCode.BadRequest);
        Assert.True(empty.GetProperty("errors").TryGetProperty("text", out _));
        await ProblemAssert.IsProblemAsync(await AnswerAsync(sent, key, new string('a', 5001)), HttpStatusCode.BadRequest);

        var answered = await AnswerAsync(sent, key, " Antenas augstums ir 42 m. ");
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var entry = await answered.Content.ReadFromJsonAsync<JsonElement>();
        var repeat = await (await AnswerAsync(sent, key, " Antenas augstums ir 42 m. ")).Content.ReadFromJsonAsync<JsonElement>();
        var reused = await ProblemAssert.IsProblemAsync(await AnswerAsync(sent, key, "Cits teksts."), (HttpStatusCode)422);

        Assert.Equal(entry.GetRawText(), repeat.GetRawText());
        Assert.Equal(("answer", "Antenas augstums ir 42 m.", "Līga Kalniņa"), (entry.GetProperty("kind").GetString(), entry.GetProperty("message").GetString(), entry.GetProperty("by").GetString()));
        Assert.Equal(ProblemTypes.IdempotencyKeyReused, reused.GetProperty("type").GetString());
        var history = (await DetailAsync(sent)).GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["status", "status", "answer"], history.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal("Norādiet antenas augstumu.", history[1].GetProperty("message").GetString());

        var sentEvent = Assert.Single(await OutboxAsync(sent.ClientId, "submission.answered"));
        var data = JsonDocument.Parse(sentEvent.GetString("Payload")).RootElement.GetProperty("data");
        Assert.Equal((sent.Id, sent.ReceiptNumber, "Antenas augstums ir 42 m.", "[]"),
            (data.GetProperty("submissionId").GetString(), data.GetProperty("receiptNumber").GetString(), data.GetProperty("text").GetString(), data.GetProperty("attachments").GetString()));
        Assert.False(string.IsNullOrEmpty(data.GetProperty("answeredBy").GetString()));

        // Once ES moves on, there is nothing to answer.
        await FeedAsync(sent.BackOffice, Status(sent.Id, 2, "in-review"));
        await ProblemAssert.IsProblemAsync(await AnswerAsync(sent, Guid.NewGuid().ToString(), "Vēl kas."), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task AWithdrawal_BeforeReview_IsARequest_TheBackOfficeConfirms()
    {
        var sent = await SentAsync();
        await FeedAsync(sent.BackOffice, Status(sent.Id, 1, "received"));

        var first = await WithdrawAsync(sent);
        var again = await WithdrawAsync(sent);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var answer = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("withdrawal-requested", answer.GetProperty("status").GetString());
        Assert.Equal(answer.GetRawText(), (await again.Content.ReadFromJsonAsync<JsonElement>()).GetRawText());
        var requested = Assert.Single(await OutboxAsync(sent.ClientId, "submission.withdrawal-requested"));
        Assert.Equal(sent.ReceiptNumber, JsonDocument.Parse(requested.GetString("Payload")).RootElement.GetProperty("data").GetProperty("receiptNumber").GetString());
        Assert.Equal("withdrawal-requested", (await DetailAsync(sent)).GetProperty("status").GetString());

        // A receipt the back office sends meanwhile leaves the request open; its confirmation ends it.
        await FeedAsync(sent.BackOffice, Status(sent.Id, 2, "received"));
        Assert.Equal("withdrawal-requested", (await DetailAsync(sent)).GetProperty("status").GetString());
        await FeedAsync(sent.BackOffice, Status(sent.Id, 3, "withdrawn", "Atsaukts pēc klienta lūguma."));
        var detail = await DetailAsync(sent);
        Assert.Equal("withdrawn", detail.GetProperty("status").GetString());
        Assert.Equal(["status:submitted", "status:received", "withdrawal-request:", "status:received", "status:withdrawn"],
            detail.GetProperty("history").EnumerateArray().Select(e => $"{e.GetProperty("kind").GetString()}:{(e.GetProperty("status").ValueKind == JsonValueKind.String ? e.GetProperty("status").GetString() : "")}"));
        Assert.Equal(HttpStatusCode.OK, (await WithdrawAsync(sent)).StatusCode);
        Assert.Single(await OutboxAsync(sent.ClientId, "submission.withdrawal-requested"));
    }

    [Fact]
    public async Task AWithdrawal_InReview_OrOfADraft_IsRefused()
    {
        var sent = await SentAsync();
        await FeedAsync(sent.BackOffice, Status(sent.Id, 1, "in-review"));

        var late = await ProblemAssert.IsProblemAsync(await WithdrawAsync(sent), HttpStatusCode.Conflict);
        var draft = await DraftAsync(sent.Member, sent.ClientId);
        await ProblemAssert.IsProblemAsync(await sent.Member.PostAsync($"/api/clients/{sent.ClientId}/submissions/{draft}/withdraw", null), HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(await sent.Member.PostAsync($"/api/clients/{sent.ClientId}/submissions/nosuch/withdraw", null), HttpStatusCode.NotFound);

        Assert.Contains("review", late.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("in-review", (await DetailAsync(sent)).GetProperty("status").GetString());
        Assert.Empty(await OutboxAsync(sent.ClientId, "submission.withdrawal-requested"));
    }

    [Fact]
    public async Task ADocument_IsPut_AndDownloadedByTheClientsMembers_Only()
    {
        var sent = await SentAsync();
        var decision = TestPdf.Plain("lēmums 1");

        var put = await PutDocumentAsync(sent.BackOffice, sent.Id, "decision-1", decision, "../Lēmums Nr. 5 <galīgais>.pdf");
        var same = await PutDocumentAsync(sent.BackOffice, sent.Id, "decision-1", decision, "../Lēmums Nr. 5 <galīgais>.pdf");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var stored = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Lēmums Nr. 5 _galīgais.pdf", false), (stored.GetProperty("document").GetProperty("name").GetString(), stored.GetProperty("replaced").GetBoolean()));
        Assert.False((await same.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replaced").GetBoolean());
        var url = $"/api/clients/{sent.ClientId}/submissions/{sent.Id}/documents/decision-1";
        var download = await sent.Member.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Lēmums Nr. 5 _galīgais.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(decision, await download.Content.ReadAsByteArrayAsync());

        // The same id again replaces the file.
        var corrected = TestPdf.Plain("lēmums 2");
        var replaced = await (await PutDocumentAsync(sent.BackOffice, sent.Id, "decision-1", corrected)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(replaced.GetProperty("replaced").GetBoolean());
        Assert.Equal("decision-1.pdf", replaced.GetProperty("document").GetProperty("name").GetString());
        Assert.Equal(corrected, await sent.Member.GetByteArrayAsync(url));
        var listed = Assert.Single((await DetailAsync(sent)).GetProperty("documents").EnumerateArray());
        Assert.Equal(("decision-1", corrected.Length), (listed.GetProperty("id").GetString(), listed.GetProperty("size").GetInt32()));
        var (trail, _) = await portal.Service<AuditTrail>().ReadAsync(AuditTrail.ClientChain(sent.ClientId), 50, null, CancellationToken.None);
        Assert.Equal(2, trail.Count(r => r.Action == AuditActions.SubmissionDocument));

        // Another client's member, a member without the submit scope, and another client's route all see nothing.
        var (_, stranger, strangersClient) = await PermitFeedTests.CompanyWithMemberAsync(portal, sent.BackOffice, [], Scope.Submit);
        var notTheirs = await ProblemAssert.IsProblemAsync(await stranger.GetAsync(url), HttpStatusCode.NotFound);
        Assert.Equal(ProblemTypes.ClientNotFound, notTheirs.GetProperty("type").GetString());
        await ProblemAssert.IsProblemAsync(await stranger.GetAsync($"/api/clients/{strangersClient}/submissions/{sent.Id}/documents/decision-1"), HttpStatusCode.NotFound);
        var client = (await portal.Service<ClientStore>().GetAsync(sent.ClientId, CancellationToken.None))!;
        var account = (await portal.Service<Core.Accounts.AccountStore>().CreateAsync(new Core.Accounts.NewAccount($"finance-{Guid.NewGuid():N}@example.lv", "Jānis", "Bērziņš", "lv", Password, 4), CancellationToken.None))!;
        await portal.Service<ClientStore>().AddMemberAsync(account.Id, client, [Scope.Finance], CancellationToken.None);
        var finance = portal.CreateClient();
        (await finance.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Forbidden, (await finance.GetAsync(url)).StatusCode);
        await ProblemAssert.IsProblemAsync(await sent.Member.GetAsync($"/api/clients/{sent.ClientId}/submissions/{sent.Id}/documents/no-such"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ADocument_ThatIsNoPlainPdf_OrForNoSentSubmission_IsRefused()
    {
        var sent = await SentAsync();
        var draft = await DraftAsync(sent.Member, sent.ClientId);

        var text = await ProblemAssert.IsProblemAsync(await PutDocumentAsync(sent.BackOffice, sent.Id, "decision", "%PDF-1.7 but not really"u8.ToArray()), HttpStatusCode.BadRequest);
        var active = await ProblemAssert.IsProblemAsync(await PutDocumentAsync(sent.BackOffice, sent.Id, "decision", TestPdf.WithCatalog("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>")), HttpStatusCode.BadRequest);
        var badId = await ProblemAssert.IsProblemAsync(await PutDocumentAsync(sent.BackOffice, sent.Id, "..x", TestPdf.Plain()), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await PutDocumentAsync(sent.BackOffice, draft, "decision", TestPdf.Plain()), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await PutDocumentAsync(sent.BackOffice, "0000000000000000000aaaaaaaaaaaa", "decision", TestPdf.Plain()), HttpStatusCode.NotFound);

        Assert.True(text.GetProperty("errors").TryGetProperty("body", out _));
        Assert.True(active.GetProperty("errors").TryGetProperty("body", out _));
        Assert.True(badId.GetProperty("errors").TryGetProperty("documentId", out _));
        Assert.Empty((await DetailAsync(sent)).GetProperty("documents").EnumerateArray());
    }
}
