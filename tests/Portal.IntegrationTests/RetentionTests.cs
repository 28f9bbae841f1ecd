using System.Net;
using System.Net.Http.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.Core.Accounts;
using Portal.Core.Notifications;
using Portal.Core.Privacy;
using Portal.Core.Storage;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>The retention timer's work (§9, §23.1), called directly with a clock the test moves.</summary>
public sealed class RetentionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time;
    private readonly IsolatedPortal _portal;

    public RetentionTests()
    {
        _time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _portal = new IsolatedPortal(services => services.AddSingleton<TimeProvider>(_time));
    }

    public Task InitializeAsync() => _portal.InitializeAsync();

    public Task DisposeAsync() => _portal.DisposeAsync();

    private RetentionOptions Retention => _portal.Service<IOptions<RetentionOptions>>().Value;

    [Fact]
    [Trait("Clause", "23.1")]
    public async Task SentEmail_PastItsPeriod_IsDeleted_AFreshOneStays()
    {
        var old = await SentEmailAsync();
        _time.Advance(TimeSpan.FromDays(Retention.OutboxDays) - TimeSpan.FromDays(1));
        var fresh = await SentEmailAsync();

        _time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(2));
        await _portal.Service<RetentionSweeper>().SweepAsync(CancellationToken.None);

        Assert.Empty(await RowsAsync(StorageNames.AccountsTable, old));
        Assert.Single(await RowsAsync(StorageNames.AccountsTable, fresh));
    }

    [Fact]
    [Trait("Clause", "9")]
    public async Task RejectedApplication_PastItsPeriod_IsDeletedWithItsDocument_AnApprovedOneStays()
    {
        var staff = await _portal.CreateStaffClientAsync("staff-operator-script");
        var rejected = await ApplyAsync(staff, withDocument: true);
        var approved = await ApplyAsync(staff, withDocument: false);
        (await staff.PostAsJsonAsync($"/api/staff/registrations/{rejected}/reject", new { reason = "Dokuments nav derīgs." })).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/staff/registrations/{approved}/approve", new { })).EnsureSuccessStatusCode();
        var documents = await _portal.Service<PortalStorage>().ContainerAsync(StorageNames.RegistrationDocumentsContainer, CancellationToken.None);
        Assert.True((await documents.GetBlobClient($"{rejected}/authority.pdf").ExistsAsync()).Value);

        _time.Advance(TimeSpan.FromDays(Retention.RejectedApplicationsDays) - TimeSpan.FromHours(2));
        await _portal.Service<RetentionSweeper>().SweepAsync(CancellationToken.None);
        Assert.NotEmpty(await RowsAsync(StorageNames.RegistrationsTable, $"registration|{rejected}"));

        _time.Advance(TimeSpan.FromHours(4));
        await _portal.Service<RetentionSweeper>().SweepAsync(CancellationToken.None);

        Assert.Empty(await RowsAsync(StorageNames.RegistrationsTable, $"registration|{rejected}"));
        Assert.False((await documents.GetBlobClient($"{rejected}/authority.pdf").ExistsAsync()).Value);
        Assert.NotEmpty(await RowsAsync(StorageNames.RegistrationsTable, $"registration|{approved}"));
    }

    [Fact]
    [Trait("Clause", "23.1")]
    public async Task Session_IsDeleted_APeriodAfterItsLatestEnd_ANewerOneStays()
    {
        var sessions = _portal.Service<SessionStore>();
        var userId = $"retention-{Guid.NewGuid():N}";
        var old = await sessions.StartAsync(userId, "192.0.2.10", "test", CancellationToken.None);
        var latestEnd = old.Session.AbsoluteTimeout(_portal.Service<IOptions<AccountOptions>>().Value) + TimeSpan.FromDays(Retention.SessionsDays);
        _time.Advance(latestEnd - TimeSpan.FromHours(2));
        var fresh = await sessions.StartAsync(userId, "192.0.2.10", "test", CancellationToken.None);
        await _portal.Service<RetentionSweeper>().SweepAsync(CancellationToken.None);
        Assert.Single(await RowsAsync(StorageNames.SessionsTable, $"session|{SessionStore.HashOf(old.Token)}"));

        _time.Advance(TimeSpan.FromHours(4));
        await _portal.Service<RetentionSweeper>().SweepAsync(CancellationToken.None);

        Assert.Empty(await RowsAsync(StorageNames.SessionsTable, $"session|{SessionStore.HashOf(old.Token)}"));
        Assert.Single(await RowsAsync(StorageNames.SessionsTable, $"session|{SessionStore.HashOf(fresh.Token)}"));
        var left = Assert.Single(await RowsAsync(StorageNames.SessionsTable, $"user-sessions|{userId}"));
        Assert.Equal(fresh.Session.Id, left.RowKey);
    }

    [Fact]
    [Trait("Clause", "23.1")]
    public async Task OneTimeLink_IsDeleted_APeriodAfterItExpires()
    {
        var link = await _portal.Service<PasswordResets>().IssueLinkAsync($"retention-{Guid.NewGuid():N}", CancellationToken.None);
        var partition = $"{OneTimeLinks.Reset}|{RandomTokens.Hash(link[(link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..])}";
        Assert.Single(await RowsAsync(StorageNames.AccountsTable, partition));

        _time.Advance(PasswordResets.Validity + TimeSpan.FromDays(Retention.OneTimeLinksDays) - TimeSpan.FromHours(2));
        await _portal.Service<RetentionSweeper>().SweepAsync(CancellationToken.None);
        Assert.Single(await RowsAsync(StorageNames.AccountsTable, partition));

        _time.Advance(TimeSpan.FromHours(4));
        await _portal.Service<RetentionSweeper>().SweepAsync(CancellationToken.None);
        Assert.Empty(await RowsAsync(StorageNames.AccountsTable, partition));
    }

    [Fact]
    [Trait("Clause", "23.1")]
    public async Task ThrottleCounter_IsDeleted_APeriodAfterItsWindowEnds()
    {
        var subject = Guid.NewGuid().ToString("N");
        Assert.True(await _portal.Service<Throttle>().TryHitAsync($"retention-test|{subject}", limit: 5, TimeSpan.FromHours(1), CancellationToken.None));
        var throttle = await _portal.Service<PortalStorage>().TableAsync(StorageNames.ThrottleTable, CancellationToken.None);
        Assert.Single(await throttle.QueryAsync<TableEntity>(e => e.RowKey == subject).ToListAsync());

        _time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromDays(Retention.ThrottleDays) + TimeSpan.FromHours(2));
        await _portal.Service<RetentionSweeper>().SweepAsync(CancellationToken.None);

        Assert.Empty(await throttle.QueryAsync<TableEntity>(e => e.RowKey == subject).ToListAsync());
    }

    [Fact]
    public async Task Sweep_ReadsOnlyIndexPartitions_SoDataWithoutAnIndexRowStays_AndTheCursorMovesByHour()
    {
        var storage = _portal.Service<PortalStorage>();
        var accounts = await storage.TableAsync(StorageNames.AccountsTable, CancellationToken.None);
        var unindexed = $"retention-test|{Guid.NewGuid():N}";
        await accounts.AddEntityAsync(new TableEntity(unindexed, "outbox|x") { ["Sent"] = true, ["SentAt"] = _time.GetUtcNow() - TimeSpan.FromDays(3650) });

        _time.Advance(TimeSpan.FromHours(5));
        await _portal.Service<RetentionSweeper>().SweepAsync(CancellationToken.None);

        Assert.Single(await RowsAsync(StorageNames.AccountsTable, unindexed));
        var index = await storage.TableAsync(StorageNames.RetentionIndexTable, CancellationToken.None);
        var cursor = (await index.GetEntityAsync<TableEntity>(RetentionSweeper.CursorPartition, "cursor")).Value.GetDateTimeOffset("Next")!.Value;
        Assert.InRange(_time.GetUtcNow() - cursor, TimeSpan.Zero, TimeSpan.FromHours(1));
    }

    /// <summary>An email written to a partition of its own and sent; returns the partition.</summary>
    private async Task<string> SentEmailAsync()
    {
        var partition = $"retention-test|{Guid.NewGuid():N}";
        var email = await _portal.Service<Outbox>().PrepareAsync(StorageNames.AccountsTable, partition, new EmailMessage(
            $"{Guid.NewGuid():N}@example.lv", "lv", EmailTemplates.PasswordChanged, new Dictionary<string, string> { ["time"] = "12:00", ["resetLink"] = "https://example.lv" }), CancellationToken.None);
        var table = await _portal.Service<PortalStorage>().TableAsync(StorageNames.AccountsTable, CancellationToken.None);
        await table.SubmitTransactionAsync([email], CancellationToken.None);
        await _portal.Service<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        return partition;
    }

    [Fact]
    [Trait("Clause", "23.1")]
    public async Task Draft_IsDeleted_APeriodAfterItsLastChange_ASavedOneStaysLonger()
    {
        var drafts = _portal.Service<Core.Submissions.Submissions>();
        var form = Core.Submissions.FormCatalog.Shipped.NewestOf("free-form")!;
        var editor = new Core.Submissions.Editor("user1", "Līga Kalniņa");
        var clientId = $"client{Guid.NewGuid():N}";
        var empty = System.Text.Json.JsonDocument.Parse("{}").RootElement;
        var left = await drafts.CreateAsync(clientId, editor, form, empty, CancellationToken.None);
        var kept = await drafts.CreateAsync(clientId, editor, form, empty, CancellationToken.None);

        _time.Advance(TimeSpan.FromDays(30));
        var saved = await drafts.SaveAsync(clientId, kept.Id, new Azure.ETag(kept.Etag), editor, empty, CancellationToken.None);
        Assert.Equal(Core.Submissions.DraftOutcome.Done, saved.Outcome);
        _time.Advance(TimeSpan.FromDays(Retention.DraftsDays - 30) + TimeSpan.FromHours(2));
        await _portal.Service<RetentionSweeper>().SweepAsync(CancellationToken.None);

        Assert.Equal([kept.Id], (await RowsAsync(StorageNames.SubmissionsTable, clientId)).Select(r => r.RowKey));

        // The sweeper reads at most a week of the index a run.
        _time.Advance(TimeSpan.FromDays(30));
        for (var run = 0; run < 5; run++)
        {
            await _portal.Service<RetentionSweeper>().SweepAsync(CancellationToken.None);
        }

        Assert.Empty(await RowsAsync(StorageNames.SubmissionsTable, clientId));
        Assert.Null(await drafts.FindAsync(clientId, left.Id, CancellationToken.None));
    }

    private async Task<List<TableEntity>> RowsAsync(string tableName, string partition)
    {
        var table = await _portal.Service<PortalStorage>().TableAsync(tableName, CancellationToken.None);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition))
        {
            rows.Add(row);
        }

        return rows;
    }

    private async Task<string> ApplyAsync(HttpClient staff, bool withDocument)
    {
        var email = $"retention-{Guid.NewGuid():N}@example.lv";
        var form = new MultipartFormDataContent();
        var fields = new Dictionary<string, string>
        {
            ["personKind"] = withDocument ? "legal" : "natural", ["firstName"] = "Līga", ["lastName"] = "Ozola", ["personalCode"] = RegistrationReviewTests.NewPersonalCode(),
            ["address"] = "Eksporta iela 5, Rīga", ["email"] = email, ["phone"] = "+371 20000001", ["language"] = "lv", ["acceptedTermsVersion"] = "4",
        };
        if (withDocument)
        {
            fields["companyName"] = "SIA Glabāšana";
            fields["registrationNumber"] = $"4{Random.Shared.Next(0, 999_999_999):D10}";
            fields["position"] = "valde";
            var file = new ByteArrayContent(TestPdf.Plain());
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
            form.Add(file, "document", "pilnvara.pdf");
        }

        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        Assert.Equal(HttpStatusCode.Accepted, (await _portal.CreateClient().PostAsync("/api/registrations", form)).StatusCode);
        return await ApprovedPerson.PendingIdAsync(staff, email);
    }
}
