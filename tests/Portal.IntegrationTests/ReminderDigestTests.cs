using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Core;
using Portal.Core.Accounts;
using Portal.Core.Clients;
using Portal.Core.Notifications;
using Portal.Core.Storage;
using Portal.Core.Submissions;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>The reminder digests: the timer called directly with a clock the test moves (timers are off in tests), mail read from the catcher.</summary>
public sealed class ReminderDigestTests : IAsyncLifetime
{
    private const string Password = "Zvaigzne42";
    private readonly FakeTimeProvider _time;
    private readonly IsolatedPortal _portal;

    public ReminderDigestTests()
    {
        // Riga noon, so moving by whole days keeps the Riga date and the UTC date apart from midnight.
        var today = RigaCalendar.DateOf(DateTimeOffset.UtcNow);
        _time = new FakeTimeProvider(new DateTimeOffset(today.Year, today.Month, today.Day, 10, 0, 0, TimeSpan.Zero));
        _portal = new IsolatedPortal(services => services.AddSingleton<TimeProvider>(_time));
    }

    public Task InitializeAsync() => _portal.InitializeAsync();

    [Fact]
    public async Task Digests_ReachTheMembersWhoseScopesAndChoicesAllow_EachItemOnce_MissedDaysMadeUp()
    {
        var today = RigaCalendar.DateOf(_time.GetUtcNow());
        var (backOffice, clientExternalId, client) = await CompanyAsync("SIA \"Atgādne & Co\"");
        var finance = await MemberAsync(client, "lv", Scope.Finance);
        var technical = await MemberAsync(client, "en", Scope.Technical);
        var both = await MemberAsync(client, "en", Scope.Finance, Scope.Technical);
        var blocked = await MemberAsync(client, "lv", Scope.Finance, Scope.Technical);

        var invoices = new Dictionary<string, (string Number, DateOnly Due, bool Paid)>
        {
            ["soon"] = ("RE-SOON-1", today.AddDays(7), false),
            ["paid"] = ("RE-PAID-2", today.AddDays(7), true),
            ["overdue"] = ("RE-LATE-3", today.AddDays(-1), false),
            ["day2"] = ("RE-DAY2-5", today.AddDays(9), false),
            ["day4"] = ("RE-DAY4-6", today.AddDays(11), false),
        };
        var ids = invoices.ToDictionary(i => i.Key, _ => $"INV-{Guid.NewGuid():N}");
        await BillingFeedTests.FeedAsync(backOffice, "invoices", [.. invoices.Select(i => (object)new
        {
            externalId = ids[i.Key], version = 1, clientExternalId, number = i.Value.Number, kind = "invoice", issuedOn = Date(today.AddDays(-20)), dueOn = Date(i.Value.Due), amount = 1234.5m, status = "issued",
        })]);
        await BillingFeedTests.FeedAsync(backOffice, "payments", new
        {
            externalId = $"PAY-{Guid.NewGuid():N}", version = 1, clientExternalId, receivedOn = Date(today.AddDays(-1)), amount = 1234.5m, allocations = new[] { new { invoiceExternalId = ids["paid"], amount = 1234.5m } },
        });
        foreach (var (number, days) in new[] { ("AT-90", 90), ("AT-30", 30), ("AT-7", 7), ("AT-60", 60) })
        {
            await PermitFeedTests.FeedAsync(backOffice, new
            {
                externalId = $"AT-{Guid.NewGuid():N}", version = 1, clientExternalId, number, serviceKind = "land-mobile", status = "valid", validFrom = "2025-01-01", validTo = Date(today.AddDays(days)),
                stations = new[] { new { name = "Bāze", frequencies = new[] { new { frequencyMHz = 150.0125m, bandwidthKHz = 12.5m, emission = "11K0F3E", direction = "txrx" } } } },
            });
        }

        // The choices: all on at first; "both" switches overdue invoices off; a wrong body is a 400 naming each field.
        var signedIn = await SignInAsync(both);
        Assert.Equal(
            """{"invoicesDueSoon":true,"invoicesOverdue":true,"permitsExpiring":true,"draftsLapsing":true}""",
            (await signedIn.GetFromJsonAsync<JsonElement>("/api/me/reminders")).GetRawText());
        var refused = await signedIn.PutAsJsonAsync("/api/me/reminders", new { invoicesDueSoon = true });
        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("invoicesOverdue", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("permitsExpiring", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("draftsLapsing", out _));
        await ProblemAssert.IsProblemAsync(await signedIn.PutAsync("/api/me/reminders", JsonContent.Create("yes")), HttpStatusCode.BadRequest);
        var saved = await signedIn.PutAsJsonAsync("/api/me/reminders", new { invoicesDueSoon = true, invoicesOverdue = false, permitsExpiring = true, draftsLapsing = true });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.False((await signedIn.GetFromJsonAsync<JsonElement>("/api/me/reminders")).GetProperty("invoicesOverdue").GetBoolean());
        await ProblemAssert.IsProblemAsync(await _portal.CreateClient().GetAsync("/api/me/reminders"), HttpStatusCode.Unauthorized);

        var staff = await _portal.CreateStaffClientAsync("staff-operator-script");
        (await staff.PostAsJsonAsync($"/api/staff/users/{blocked.Id}/block", new { reason = "Pārbaude." })).EnsureSuccessStatusCode();

        // Today: the invoice due in 7 days and the one due yesterday to finance, the permits at 90, 30 and 7 days to technical.
        Assert.Equal(new ReminderRun(1, 3, 3), await RunAsync());
        var financeMail = Assert.Single(await MailAsync(finance));
        Assert.Equal("Atgādinājums par rēķiniem, atļaujām un iesniegumiem", financeMail.Subject);
        Assert.Contains("- SIA \"Atgādne & Co\": rēķins RE-SOON-1, jāmaksā 1 234,50 €, termiņš " + Text(today.AddDays(7)), financeMail.Text.Replace('\u00a0', ' '), StringComparison.Ordinal);
        Assert.Contains("RE-LATE-3", financeMail.Text, StringComparison.Ordinal);
        Assert.Contains("<li>SIA &quot;Atgādne &amp; Co&quot;: rēķins RE-SOON-1", financeMail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Atgādne & Co", financeMail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("RE-PAID-2", financeMail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("AT-", financeMail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Atļaujas, kuru derīgums", financeMail.Text, StringComparison.Ordinal);

        var technicalMail = Assert.Single(await MailAsync(technical));
        Assert.Equal("A reminder of invoices, permits and submissions", technicalMail.Subject);
        Assert.DoesNotContain("RE-", technicalMail.Text, StringComparison.Ordinal);
        Assert.Contains($"permit AT-90, valid until {Text(today.AddDays(90))} (90 days left)", technicalMail.Text, StringComparison.Ordinal);
        Assert.Contains("permit AT-30", technicalMail.Text, StringComparison.Ordinal);
        Assert.Contains("permit AT-7,", technicalMail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("AT-60", technicalMail.Text, StringComparison.Ordinal);
        Assert.Contains("<ul", technicalMail.Html, StringComparison.Ordinal);

        var bothMail = Assert.Single(await MailAsync(both));
        Assert.Contains("RE-SOON-1", bothMail.Text, StringComparison.Ordinal);
        Assert.Contains("AT-90", bothMail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("RE-LATE-3", bothMail.Text, StringComparison.Ordinal);
        Assert.Equal(["Piekļuve klientu portālam bloķēta"], (await MailAsync(blocked)).Select(m => m.Subject)); // the block's own notice only

        // Again the same day: nothing, by the cursor; and with the cursor gone, nothing, by the sent markers.
        Assert.Equal(new ReminderRun(0, 0, 0), await RunAsync());
        var reminders = await _portal.Service<PortalStorage>().TableAsync(StorageNames.RemindersTable, CancellationToken.None);
        await reminders.DeleteEntityAsync("cursor", "cursor");
        var rerun = await RunAsync();
        Assert.True(rerun.Groups > 0);
        Assert.Equal(0, rerun.Digests);

        // The next day (nothing due on it): nothing more.
        _time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, (await RunAsync()).Digests);
        Assert.Single(await MailAsync(finance));

        // Three days later in one run: days 2, 3 and 4 made up, their invoices in one digest (the first due-soon one is not overdue until day 8).
        _time.Advance(TimeSpan.FromDays(3));
        var madeUp = await RunAsync();
        Assert.Equal(3, madeUp.Days);
        var mails = await MailAsync(finance);
        Assert.Equal(2, mails.Count);
        var second = mails[^1];
        Assert.Contains("RE-DAY2-5", second.Text, StringComparison.Ordinal);
        Assert.Contains("RE-DAY4-6", second.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("RE-SOON-1", second.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("RE-LATE-3", second.Text, StringComparison.Ordinal);
        Assert.Equal(2, (await MailAsync(both)).Count);
        Assert.Single(await MailAsync(technical));
        Assert.Equal(new ReminderRun(0, 0, 0), await RunAsync());
    }

    [Fact]
    public async Task ADraft_IsRemindedAWeekBeforeItLapses_ToItsLastEditor_OncePerExpiry_AsTheirChoiceAllows()
    {
        var (_, _, client) = await CompanyAsync("SIA Melnraksti");
        var editor = await MemberAsync(client, "lv", Scope.Submit);
        var colleague = await MemberAsync(client, "en", Scope.Submit, Scope.Finance, Scope.Technical);
        var declined = await MemberAsync(client, "en", Scope.Submit);
        await _portal.Service<AccountStore>().SetRemindersAsync(declined.Id, ReminderChoices.All with { DraftsLapsing = false }, CancellationToken.None);
        var submissions = _portal.Service<Submissions>();
        using var content = JsonDocument.Parse("""{ "subject": "Atļaujas kopija", "message": "Lūdzu atsūtīt." }""");
        Task<Submission> DraftAsync(UserAccount by) => submissions.CreateAsync(client.Id, Editor.Of(by), FormCatalog.Shipped.NewestOf("free-form")!, content.RootElement, CancellationToken.None);
        var lapsing = await DraftAsync(editor);
        var savedAgain = await DraftAsync(editor);
        var theirs = await DraftAsync(declined);

        // Ten days on, one is saved again: it lapses ten days later than the others.
        _time.Advance(TimeSpan.FromDays(10));
        Assert.Equal(DraftOutcome.Done, (await submissions.SaveAsync(client.Id, savedAgain.Id, new ETag(savedAgain.Etag), Editor.Of(editor), content.RootElement, CancellationToken.None)).Outcome);

        // 83 days old: the draft lapses in 7 days; its editor is reminded of it (not of the one saved again), the one who declined is not, nor a colleague.
        _time.Advance(TimeSpan.FromDays(73));
        var first = await RunAsync();
        Assert.Equal(1, first.Digests);
        var mail = Assert.Single(await MailAsync(editor));
        Assert.Equal("Atgādinājums par rēķiniem, atļaujām un iesniegumiem", mail.Subject);
        var lapsesAt = RigaCalendar.TimeText(lapsing.ExpiresAt);
        Assert.Contains($"- SIA Melnraksti: melnraksts “Brīvas formas iesniegums”, glabā līdz {lapsesAt} (Rīgas laiks): ", mail.Text, StringComparison.Ordinal);
        Assert.Contains($"/submission?id={lapsing.Id}", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(savedAgain.Id, mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Id, mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rēķini, kuru", mail.Text, StringComparison.Ordinal);
        Assert.Empty(await MailAsync(declined));
        Assert.Empty(await MailAsync(colleague));

        // Once: not again the same day, by the cursor, nor with the cursor gone, by the sent markers.
        Assert.Equal(0, (await RunAsync()).Digests);
        var reminders = await _portal.Service<PortalStorage>().TableAsync(StorageNames.RemindersTable, CancellationToken.None);
        await reminders.DeleteEntityAsync("cursor", "cursor");
        Assert.Equal(0, (await RunAsync()).Digests);
        Assert.Single(await MailAsync(editor));

        // Ten days later the one saved again lapses in 7 days: its own reminder, the first draft (gone by now) not again.
        _time.Advance(TimeSpan.FromDays(10));
        Assert.Equal(1, (await RunAsync()).Digests);
        var mails = await MailAsync(editor);
        Assert.Equal(2, mails.Count);
        Assert.Contains($"/submission?id={savedAgain.Id}", mails[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(lapsing.Id, mails[^1].Text, StringComparison.Ordinal);
        Assert.Empty(await MailAsync(declined));
    }

    /// <summary>A company fed by the back office: the back office's client, the company's external id and the company.</summary>
    private async Task<(HttpClient BackOffice, string ExternalId, Client Client)> CompanyAsync(string name)
    {
        var backOffice = await _portal.CreateStaffClientAsync("backoffice");
        var externalId = ClientFeedTests.NewId();
        (await backOffice.PostAsJsonAsync("/api/backoffice/clients", new[]
        {
            new { externalId, version = 1, kind = "legal", name, registrationNumber = $"4{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}", billingArrangement = "monthly-invoice", services = new[] { "land-mobile" } },
        })).EnsureSuccessStatusCode();
        return (backOffice, externalId, (await _portal.Service<ClientStore>().GetByExternalIdAsync(externalId, CancellationToken.None))!);
    }

    private async Task<ReminderRun> RunAsync()
    {
        var run = await _portal.Service<ReminderDigests>().SendDueAsync(CancellationToken.None);
        await _portal.Service<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        return run;
    }

    private Task<IReadOnlyList<CaughtEmail>> MailAsync(UserAccount user) => _portal.Backends.Mail.MessagesToAsync(user.Email);

    private async Task<UserAccount> MemberAsync(Client client, string language, params Scope[] scopes)
    {
        var account = (await _portal.Service<AccountStore>().CreateAsync(new NewAccount($"remind-{Guid.NewGuid():N}@example.lv", "Ilze", "Kalna", language, Password, 4), CancellationToken.None))!;
        await _portal.Service<ClientStore>().AddMemberAsync(account.Id, client, scopes, CancellationToken.None);
        return account;
    }

    private async Task<HttpClient> SignInAsync(UserAccount account)
    {
        var client = _portal.CreateClient();
        (await client.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password })).EnsureSuccessStatusCode();
        return client;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Text(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public Task DisposeAsync() => _portal.DisposeAsync();
}
