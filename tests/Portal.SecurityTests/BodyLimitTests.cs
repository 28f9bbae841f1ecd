using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Portal.Core.Outcomes;
using Portal.Functions.Pipeline;
using Portal.Testing;

namespace Portal.SecurityTests;

/// <summary>A portal whose link requests are limited to two an hour per address, so the limit is reached in a test.</summary>
public sealed class LowThrottlePortal : IsolatedPortal
{
    public const int LinkRequests = 2;

    protected override Dictionary<string, string?> Settings(TestBackends backends) =>
        new(base.Settings(backends)) { ["Throttling:LinkRequestsPerIpPerHour"] = $"{LinkRequests}" };
}

/// <summary>
/// A body is held to its route's limit before it is read (a declared length at once, a chunked body as
/// it passes the limit), and an address that has spent a form's throttle is refused before its body is read.
/// </summary>
public sealed class BodyLimitTests(LowThrottlePortal portal) : IClassFixture<LowThrottlePortal>
{
    [Fact]
    public async Task ASignIn_DeclaringABodyOverTheLimit_Is413()
    {
        var body = JsonSerializer.Serialize(new { email = "a@example.lv", password = new string('x', RequestLimits.DefaultMaxBodyBytes) });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await portal.CreateClient().PostAsync("/api/auth/sign-in", content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, ProblemTypes.PayloadTooLarge);
    }

    [Fact]
    public async Task ASignIn_WithAChunkedBodyOverTheLimit_Is413()
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { email = "a@example.lv", password = new string('x', 4 * RequestLimits.DefaultMaxBodyBytes) }));
        using var content = new StreamContent(new UnknownLengthStream(body));
        content.Headers.ContentType = new("application/json");

        var response = await portal.CreateClient().PostAsync("/api/auth/sign-in", content);

        Assert.Null(content.Headers.ContentLength);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, ProblemTypes.PayloadTooLarge);
    }

    [Fact]
    public async Task AResetRequest_FromAnAddressThatSpentItsLimit_Is429BeforeItsBodyIsRead()
    {
        var client = portal.CreateClient();
        for (var i = 0; i < LowThrottlePortal.LinkRequests; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/auth/password-reset", new { email = $"r{i}@example.lv" })).StatusCode);
        }

        // Not JSON at all: read first, it would be a 400.
        using var content = new StringContent("{ not json", Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/auth/password-reset", content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.TooManyRequests, ProblemTypes.TooManyRequests);
    }


    /// <summary>A body whose length the client cannot know, so it goes chunked.</summary>
    private sealed class UnknownLengthStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
