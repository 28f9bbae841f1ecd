using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Core;
using Portal.Core.Accounts;
using Portal.Core.Clients;

namespace Portal.IntegrationTests;

/// <summary>The calendar feed: what the user's scopes allow, at a secret address that renewal ends, checked on every fetch.</summary>
[Collection(PortalCollection.Name)]
public sealed class CalendarTests(PortalFixture portal)
{
    private const string Password = "Zvaigzne42";

    [Fact]
    public async Task TheFeed_HoldsUnpaidDueDatesAndPermitEnds_AsTheScopesAllow_AndRenewalOrABlockEndsItsAddress()
    {
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var (clientExternalId, _, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var client = (await portal.Service<ClientStore>().GetAsync(clientId, CancellationToken.None))!;
        var account = (await portal.Service<AccountStore>().CreateAsync(new NewAccount($"calendar-{Guid.NewGuid():N}@example.lv", "Ilze", "Kalna", "lv", Password, 4), CancellationToken.None))!;
        await portal.Service<ClientStore>().AddMemberAsync(account.Id, client, [Scope.Finance], CancellationToken.None);
        var today = RigaCalendar.DateOf(DateTimeOffset.UtcNow);
        string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (open, paid, permit) = ($"INV-{Guid.NewGuid():N}", $"INV-{Guid.NewGuid():N}", $"AT-{Guid.NewGuid():N}");
        await BillingFeedTests.FeedAsync(
            backOffice, "invoices",
            new { externalId = open, version = 1, clientExternalId, number = "RE-2026-0001", kind = "invoice", issuedOn = Date(today), dueOn = Date(today.AddDays(10)), amount = 1234.5m, status = "issued" },
            new { externalId = paid, version = 1, clientExternalId, number = "RE-2026-0002", kind = "invoice", issuedOn = Date(today), dueOn = Date(today.AddDays(5)), amount = 20m, status = "issued" });
        await BillingFeedTests.FeedAsync(backOffice, "payments", new
        {
            externalId = $"PAY-{Guid.NewGuid():N}", version = 1, clientExternalId, receivedOn = Date(today), amount = 20m, allocations = new[] { new { invoiceExternalId = paid, amount = 20m } },
        });
        await PermitFeedTests.FeedAsync(backOffice, new
        {
            externalId = permit, version = 1, clientExternalId, number = "AT-2026-00077", serviceKind = "land-mobile", status = "valid", validFrom = "2025-01-01", validTo = Date(today.AddDays(60)),
            stations = new[] { new { name = "Bāze", frequencies = new[] { new { frequencyMHz = 150.0125m, bandwidthKHz = 12.5m, emission = "11K0F3E", direction = "txrx" } } } },
        });

        var member = portal.CreateClient();
        (await member.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password })).EnsureSuccessStatusCode();
        var first = (await (await member.PostAsync("/api/me/calendar", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
        var subscriber = portal.CreateClient();
        async Task<Ical.Net.Calendar?> FetchAsync(string url)
        {
            using var response = await subscriber.GetAsync(new Uri(url).PathAndQuery);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
            return Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync());
        }

        // Finance alone: the invoice still to pay, not the paid one, and no permit.
        var events = (await FetchAsync(first))!.Events.ToList();
        var due = Assert.Single(events);
        Assert.Equal($"invoice-{clientId}-{open}@portal", due.Uid);
        Assert.Equal(new DateOnly(today.AddDays(10).Year, today.AddDays(10).Month, today.AddDays(10).Day), DateOnly.FromDateTime(due.Start!.Value));
        Assert.False(due.Start.HasTime);
        Assert.Contains("RE-2026-0001", due.Summary, StringComparison.Ordinal);
        Assert.Contains("1 234,50", due.Summary!.Replace('\u00a0', ' '), StringComparison.Ordinal);

        // With the technical scope too, the permit's end; the scopes are read on every fetch.
        await portal.Service<ClientStore>().AddMemberAsync(account.Id, client, [Scope.Finance, Scope.Technical], CancellationToken.None);
        var withPermit = (await FetchAsync(first))!.Events.Select(e => e.Uid).ToList();
        Assert.Equal([$"invoice-{clientId}-{open}@portal", $"permit-{clientId}-{permit}@portal"], withPermit.Order(StringComparer.Ordinal));

        // A new address ends the old one.
        var second = (await (await member.PostAsync("/api/me/calendar", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
        Assert.NotEqual(first, second);
        Assert.Null(await FetchAsync(first));
        Assert.NotNull(await FetchAsync(second));

        // The user's trail says an address was made, then renewed; never the address itself.
        var activity = await member.GetFromJsonAsync<JsonElement>("/api/me/activity");
        var renewals = activity.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("action").GetString() == "calendar-renew").ToList();
        Assert.Equal(2, renewals.Count);
        Assert.DoesNotContain(second.Split('/')[^1].Replace(".ics", "", StringComparison.Ordinal), activity.GetRawText(), StringComparison.Ordinal);

        // Removed from the client: nothing of it; blocked: no feed at all.
        await portal.Service<ClientStore>().RemoveMemberAsync(account.Id, clientId, CancellationToken.None);
        Assert.Empty((await FetchAsync(second))!.Events);
        var staff = await portal.CreateStaffClientAsync("staff-operator-script");
        (await staff.PostAsJsonAsync($"/api/staff/users/{account.Id}/block", new { reason = "Pārbaude." })).EnsureSuccessStatusCode();
        Assert.Null(await FetchAsync(second));

        await ProblemAssert.IsProblemAsync(await subscriber.GetAsync("/api/calendar/not-a-secret.ics"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await portal.CreateClient().PostAsync("/api/me/calendar", null), HttpStatusCode.Unauthorized);
    }
}
