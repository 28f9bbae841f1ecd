using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Core.Storage;

namespace Portal.IntegrationTests;

/// <summary>Notes to ES about the portal itself (§16.3): from any signed-in user, a few a day, sent to the back office and listed for staff.</summary>
[Collection(PortalCollection.Name)]
public sealed class FeedbackTests(PortalFixture portal)
{
    private const string Password = "Zvaigzne42";

    [Fact]
    [Trait("Clause", "16.3")]
    public async Task Note_FromASignedInUser_GoesToTheBackOffice_IsListedForStaff_AndIsThrottled()
    {
        var account = (await portal.Service<AccountStore>().CreateAsync(new NewAccount($"feedback-{Guid.NewGuid():N}@example.lv", "Ilze", "Kalna", "lv", Password, 4), CancellationToken.None))!;
        var user = portal.CreateClient();
        (await user.PostAsJsonAsync("/api/auth/sign-in", new { email = account.Email, password = Password })).EnsureSuccessStatusCode();
        var message = $"Rēķinu saraksts neielādējas ({Guid.NewGuid():N}).";

        Assert.Equal(HttpStatusCode.Accepted, (await user.PostAsJsonAsync("/api/feedback", new { message, page = "/invoices" })).StatusCode);

        var staff = await portal.CreateStaffClientAsync("staff-operator-script");
        var listed = (await staff.GetFromJsonAsync<JsonElement>("/api/staff/feedback")).GetProperty("items").EnumerateArray().First(n => n.GetProperty("message").GetString() == message);
        Assert.Equal((account.Email, "/invoices", "Ilze Kalna"), (listed.GetProperty("email").GetString(), listed.GetProperty("page").GetString(), listed.GetProperty("name").GetString()));
        var table = await portal.Service<PortalStorage>().TableAsync(StorageNames.SubmissionsTable, CancellationToken.None);
        var events = await table.QueryAsync<TableEntity>(e => e.PartitionKey == "feedback" && e.RowKey.CompareTo("outbox|") >= 0 && e.RowKey.CompareTo("outbox}") < 0).ToListAsync();
        Assert.Contains(events, e => e.GetString("EventType") == "portal.feedback" && e.GetString("Payload").Contains(listed.GetProperty("id").GetString()!, StringComparison.Ordinal));

        var bad = await ProblemAssert.IsProblemAsync(await user.PostAsJsonAsync("/api/feedback", new { message = " ", page = "invoices" }), HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("message", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("page", out _));
        for (var i = 1; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await user.PostAsJsonAsync("/api/feedback", new { message = $"Piezīme {i}" })).StatusCode);
        }

        var throttled = await ProblemAssert.IsProblemAsync(await user.PostAsJsonAsync("/api/feedback", new { message = "Vienpadsmitā" }), HttpStatusCode.TooManyRequests);
        Assert.Equal(ProblemTypes.TooManyRequests, throttled.GetProperty("type").GetString());
        await ProblemAssert.IsProblemAsync(await portal.CreateClient().PostAsJsonAsync("/api/feedback", new { message }), HttpStatusCode.Unauthorized);
    }
}
