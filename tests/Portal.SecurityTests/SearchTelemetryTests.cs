using System.Net;
using Portal.Testing;

namespace Portal.SecurityTests;

/// <summary>
/// Staff search users and clients by personal code in a POST body: the code is in no URL and so in no
/// request log or telemetry (a request's URL is logged and traced; its body is not).
/// </summary>
public sealed class SearchTelemetryTests(LoggedPortal portal) : IClassFixture<LoggedPortal>
{
    private readonly LoggedPortal _portal = portal;

    [Theory]
    [InlineData("users")]
    [InlineData("clients")]
    public async Task Staff_SearchingByPersonalCode_LeaveTheCodeInNoUrlAndNoLogLine(string kind)
    {
        var staff = await _portal.CreateStaffClientAsync("staff-operator-script");
        var digits = $"32{Random.Shared.Next(0, 999_999_999):D9}";
        var code = $"{digits[..6]}-{digits[6..]}";

        var response = await staff.StaffSearchResponseAsync(kind, code);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(code, response.RequestMessage!.RequestUri!.ToString(), StringComparison.Ordinal);
        Assert.Contains(_portal.Logs.Lines, line => line.Contains($"/api/staff/{kind}", StringComparison.Ordinal));
        Assert.DoesNotContain(_portal.Logs.Lines, line => line.Contains(code, StringComparison.Ordinal) || line.Contains(digits, StringComparison.Ordinal));
    }
}
