using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Portal.Core.BackOffice;
using Portal.Core.Clients;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;
using Portal.Core.Storage;
using Portal.Core.Submissions;

namespace Portal.IntegrationTests;

/// <summary>A draft sent once (§20, §31): the step-up, the Idempotency-Key's rules, receipt numbers without gaps, the outbox, the repair pass.</summary>
[Collection(PortalCollection.Name)]
public sealed class SubmissionSubmitTests(PortalFixture portal)
{
    private const string Password = "Zvaigzne42";

    private async Task<(HttpClient Member, string ClientId)> CompanyAsync()
    {
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var (_, member, clientId) = await PermitFeedTests.CompanyWithMemberAsync(portal, backOffice, [], Scope.Submit);
        return (member, clientId);
    }

    internal static async Task<string> DraftAsync(HttpClient member, string clientId, object? content = null)
    {
        var response = await member.PostAsJsonAsync($"/api/clients/{clientId}/submissions", new { kind = "free-form", content = content ?? new { subject = "Atļaujas kopija", message = "Lūdzu atsūtīt atļaujas kopiju." } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    internal static Task<HttpResponseMessage> SubmitAsync(HttpClient member, string clientId, string id, string? key, string password = Password, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/clients/{clientId}/submissions/{id}/submit") { Content = JsonContent.Create(new { password }) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return member.SendAsync(request);
    }

    private async Task<List<TableEntity>> OutboxEventsAsync(string clientId)
    {
        var table = await portal.Service<PortalStorage>().TableAsync(StorageNames.SubmissionsTable, CancellationToken.None);
        return await table.QueryAsync<TableEntity>(e => e.PartitionKey == clientId && e.RowKey.CompareTo("outbox|") >= 0 && e.RowKey.CompareTo("outbox}") < 0)
            .Where(e => e.GetString("Kind") == "event").ToListAsync();
    }

    private static int NumberOf(string receipt) => int.Parse(receipt.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    [Trait("Clause", "20")]
    [Trait("Clause", "31")]
    public async Task Submit_TwiceWithOneKey_IsOneSubmissionOneEventOneNumber()
    {
        var (member, clientId) = await CompanyAsync();
        var id = await DraftAsync(member, clientId);
        var key = Guid.NewGuid().ToString();

        var first = await SubmitAsync(member, clientId, id, key);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var receipt = await first.Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await SubmitAsync(member, clientId, id, key)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(receipt.GetRawText(), again.GetRawText());
        Assert.Matches(@"^\d{4}/\d{6}$", receipt.GetProperty("receiptNumber").GetString());
        var submission = await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/submissions/{id}");
        Assert.Equal("submitted", submission.GetProperty("status").GetString());
        var expected = SubmissionHash.Of(clientId, id, "free-form", 1, submission.GetProperty("content"), []);
        Assert.Equal(expected, receipt.GetProperty("sha256").GetString());

        var sent = Assert.Single(await OutboxEventsAsync(clientId));
        Assert.Equal("submission.submitted", sent.GetString("EventType"));
        var data = JsonDocument.Parse(sent.GetString("Payload")).RootElement.GetProperty("data");
        Assert.Equal((receipt.GetProperty("receiptNumber").GetString(), expected), (data.GetProperty("receiptNumber").GetString(), data.GetProperty("sha256").GetString()));

        // Another key is another submit of something sent already; the same key for another copy is a misuse of the key.
        var other = await ProblemAssert.IsProblemAsync(await SubmitAsync(member, clientId, id, Guid.NewGuid().ToString()), HttpStatusCode.Conflict);
        Assert.Equal(ProblemTypes.Conflict, other.GetProperty("type").GetString());
        var reused = await ProblemAssert.IsProblemAsync(await SubmitAsync(member, clientId, id, key, ifMatch: "W/\"datetime'2026-01-01T00%3A00%3A00Z'\""), (HttpStatusCode)422);
        Assert.Equal(ProblemTypes.IdempotencyKeyReused, reused.GetProperty("type").GetString());

        var pdf = await member.GetAsync($"/api/clients/{clientId}/submissions/{id}/receipt");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{receipt.GetProperty("receiptNumber").GetString()!.Replace('/', '-')}.pdf", pdf.Content.Headers.ContentDisposition?.FileNameStar ?? pdf.Content.Headers.ContentDisposition?.FileName);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..5], StringComparison.Ordinal);

        // Sent, it is no longer a draft.
        await ProblemAssert.IsProblemAsync(await member.DeleteAsync($"/api/clients/{clientId}/submissions/{id}"), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Submit_WithoutKey_WrongPassword_OrProblemsLeft_IsRefused_AndNothingIsSent()
    {
        var (member, clientId) = await CompanyAsync();
        var id = await DraftAsync(member, clientId);
        var incomplete = await DraftAsync(member, clientId, new { subject = "Bez teksta" });

        var noKey = await ProblemAssert.IsProblemAsync(await SubmitAsync(member, clientId, id, null), HttpStatusCode.BadRequest);
        Assert.True(noKey.GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
        var wrong = await ProblemAssert.IsProblemAsync(await SubmitAsync(member, clientId, id, Guid.NewGuid().ToString(), "Nepareiza1"), HttpStatusCode.BadRequest);
        Assert.True(wrong.GetProperty("errors").TryGetProperty("password", out _));
        var left = await ProblemAssert.IsProblemAsync(await SubmitAsync(member, clientId, incomplete, Guid.NewGuid().ToString()), HttpStatusCode.BadRequest);
        Assert.True(left.GetProperty("errors").TryGetProperty("content.message", out _));
        await ProblemAssert.IsProblemAsync(await SubmitAsync(member, clientId, "nosuch", Guid.NewGuid().ToString()), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await member.GetAsync($"/api/clients/{clientId}/submissions/{id}/receipt"), HttpStatusCode.NotFound);

        Assert.Empty(await OutboxEventsAsync(clientId));
        Assert.Equal("draft", (await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/submissions/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task TwentyParallelSubmits_TakeTwentyConsecutiveNumbers()
    {
        // Twenty members, each sending a draft at the same moment (one user's password checks at once would meet the lockout's rule).
        var (first, clientId) = await CompanyAsync();
        var client = (await portal.Service<ClientStore>().GetAsync(clientId, CancellationToken.None))!;
        var members = new List<HttpClient> { first };
        for (var i = 1; i < 20; i++)
        {
            var account = (await portal.Service<Core.Accounts.AccountStore>().CreateAsync(new Core.Accounts.NewAccount($"submit-{Guid.NewGuid():N}@example.lv", "Jānis", "Bērziņš", "lv", Password, 4), CancellationToken.None))!;
            await portal.Service<ClientStore>().AddMemberAsync(account.Id, client, [Scope.Submit], CancellationToken.None);
            var member = portal.CreateClient();
            (await member.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password })).EnsureSuccessStatusCode();
            members.Add(member);
        }

        var drafts = new List<(HttpClient Member, string Id)>();
        foreach (var member in members)
        {
            drafts.Add((member, await DraftAsync(member, clientId)));
        }

        var answers = await Task.WhenAll(drafts.Select(async draft =>
        {
            var response = await SubmitAsync(draft.Member, clientId, draft.Id, Guid.NewGuid().ToString());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptNumber").GetString()!;
        }));

        var numbers = answers.Select(NumberOf).Order().ToList();
        Assert.Equal(Enumerable.Range(numbers[0], 20), numbers);
        Assert.Equal(20, (await OutboxEventsAsync(clientId)).Count);
    }

    [Fact]
    public async Task ACrashAfterTheNumberWasTaken_IsFinishedByTheRepairPass_WithoutAGap()
    {
        var (member, clientId) = await CompanyAsync();
        var cut = await DraftAsync(member, clientId);
        var table = await portal.Service<PortalStorage>().TableAsync(StorageNames.SubmissionsTable, CancellationToken.None);

        // As a submit cut short leaves it: confirmed ten minutes ago, its number taken, not completed.
        var startedAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        await table.UpsertEntityAsync(new TableEntity("sending", $"{clientId}|{cut}") { ["StartedAt"] = startedAt }, TableUpdateMode.Replace);
        var row = (await table.GetEntityAsync<TableEntity>(clientId, cut)).Value;
        var user = row.GetString("CreatedBy");
        await table.UpdateEntityAsync(new TableEntity(clientId, cut)
        {
            ["Status"] = "sending", ["SubmitKey"] = "cut", ["SubmitUser"] = user, ["SubmitFingerprint"] = "x", ["SubmitStartedAt"] = startedAt,
            ["Sha256"] = SubmissionHash.Of(clientId, cut, "free-form", 1, JsonDocument.Parse(row.GetString("Content")).RootElement, []),
        }, row.ETag, TableUpdateMode.Merge);
        var taken = await portal.Service<ReceiptNumbers>().TakeAsync(Core.RigaCalendar.DateOf(startedAt).Year, clientId, cut, CancellationToken.None);

        Assert.True(await portal.Service<SubmissionSender>().FinishOpenAsync(CancellationToken.None) >= 1);

        var finished = await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/submissions/{cut}");
        Assert.Equal("submitted", finished.GetProperty("status").GetString());
        Assert.Single(await OutboxEventsAsync(clientId));
        Assert.False((await table.GetEntityIfExistsAsync<TableEntity>("sending", $"{clientId}|{cut}")).HasValue);

        var next = await SubmitAsync(member, clientId, await DraftAsync(member, clientId), Guid.NewGuid().ToString());
        var nextNumber = (await next.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptNumber").GetString()!;
        Assert.Equal(NumberOf(taken) + 1, NumberOf(nextNumber));
    }

    [Fact]
    public async Task TheDispatcherFailingAfterTheCommit_SendsTheEventOnce_WhenItRecovers()
    {
        var (member, clientId) = await CompanyAsync();
        var id = await DraftAsync(member, clientId);
        Assert.Equal(HttpStatusCode.OK, (await SubmitAsync(member, clientId, id, Guid.NewGuid().ToString())).StatusCode);
        var messageId = Assert.Single(await OutboxEventsAsync(clientId)).GetString("MessageId");

        // The back office's queue is down: the event stays in the outbox, its attempt counted.
        var down = new Mock<IBackOfficePublisher>();
        down.Setup(p => p.PublishAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("The queue is unreachable."));
        await Dispatcher(down.Object).DispatchAsync(CancellationToken.None);
        var waiting = Assert.Single(await OutboxEventsAsync(clientId));
        Assert.False(waiting.GetBoolean("Sent"));
        Assert.True(waiting.GetInt32("Attempts") >= 1);

        // Back up: it goes out, once, however often the dispatcher runs.
        var published = new List<string>();
        var up = new Mock<IBackOfficePublisher>();
        up.Setup(p => p.PublishAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<string, string, string, CancellationToken>((id, _, _, _) => published.Add(id)).Returns(Task.CompletedTask);
        await Dispatcher(up.Object).DispatchAsync(CancellationToken.None);
        await Dispatcher(up.Object).DispatchAsync(CancellationToken.None);

        Assert.Single(published, messageId);
        Assert.True(Assert.Single(await OutboxEventsAsync(clientId)).GetBoolean("Sent"));
    }

    private OutboxDispatcher Dispatcher(IBackOfficePublisher publisher) => new(
        portal.Service<PortalStorage>(), portal.Service<IEmailSender>(), publisher, portal.Service<IEnumerable<IDeferredWork>>(), portal.Service<Core.Accounts.AccountStore>(),
        portal.Service<Core.Audit.AuditTrail>(), portal.Service<Core.Privacy.RetentionIndex>(), portal.Service<TimeProvider>(), NullLogger<OutboxDispatcher>.Instance);
}
