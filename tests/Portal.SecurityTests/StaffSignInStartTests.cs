using System.Net;
using Azure.Data.Tables;
using Portal.Testing;

namespace Portal.SecurityTests;

/// <summary>
/// Finding 15: anyone may start a staff sign-in, and each start writes a pending row. Starts are limited
/// per address, and every pending row is indexed for the retention timer, so none stays for good.
/// </summary>
public sealed class StaffSignInStartTests(StaffSignInStartTests.LowLimitPortal portal) : IClassFixture<StaffSignInStartTests.LowLimitPortal>
{
    /// <summary>A portal of its own whose staff sign-in starts are limited to three an hour per address.</summary>
    public sealed class LowLimitPortal : IsolatedPortal
    {
        protected override Dictionary<string, string?> Settings(TestBackends backends)
        {
            var settings = base.Settings(backends);
            settings["Throttling:StaffSignInsPerIpPerHour"] = "3";
            return settings;
        }
    }

    [Fact]
    public async Task StartsBeyondTheAddresssLimit_Are429_AndEveryPendingRowIsIndexedForDeletion()
    {
        using var client = portal.CreateClient();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await client.GetAsync("/api/staff/auth/sign-in?returnTo=/staff")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], answers);
        var index = new TableClient(portal.Backends.Azurite.ConnectionString, "RetentionIndex");
        var pending = index.QueryAsync<TableEntity>(e => e.GetString("TableName") == "Sessions");
        var count = 0;
        await foreach (var row in pending)
        {
            Assert.StartsWith("staff-sign-in|", row.GetString("EntryPartition"), StringComparison.Ordinal);
            count++;
        }

        Assert.Equal(3, count);
    }
}
