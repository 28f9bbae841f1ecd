using System.Net;
using Portal.Core.Outcomes;
using Portal.Functions.Pipeline;

namespace Portal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class ApiPipelineTests(PortalFixture portal)
{
    private readonly HttpClient _client = portal.CreateClient();

    public static TheoryData<string, string> Requests => new()
    {
        { "GET", "/api/health" },
        { "GET", "/api/terms" },
        { "GET", "/api/terms/current" },
        { "GET", "/api/terms/abc" },
        { "GET", "/api/terms/99" },
        { "GET", "/api/no/such/route" },
        { "DELETE", "/api/terms" },
    };

    [Theory]
    [Trait("Clause", "19")]
    [MemberData(nameof(Requests))]
    public async Task EveryResponse_CarriesSecurityHeadersAndACorrelationId(string method, string path)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        foreach (var (name, value) in SecurityHeaders.Api)
        {
            Assert.True(response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values), $"{name} missing on {method} {path}");
            Assert.Equal(value, values!.Single());
        }

        Assert.Matches("^[0-9a-f]{32}$", response.Headers.GetValues(CorrelationId.Header).Single());
    }

    [Fact]
    public async Task CorrelationId_GivenByTheCaller_IsEchoed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/terms");
        request.Headers.Add(CorrelationId.Header, "script-run-0001");

        var response = await _client.SendAsync(request);

        Assert.Equal("script-run-0001", response.Headers.GetValues(CorrelationId.Header).Single());
    }

    [Theory]
    [InlineData("GET", "/api/no-such-thing")]
    [InlineData("POST", "/api/no/such/thing")]
    [InlineData("PUT", "/api/terms")]
    [InlineData("GET", "/api/")]
    public async Task UnknownApiRoute_Returns404Problem(string method, string path)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(ProblemTypes.RouteNotFound, problem.GetProperty("type").GetString());
    }
}
