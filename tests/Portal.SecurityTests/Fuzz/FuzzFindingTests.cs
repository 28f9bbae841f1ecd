using System.Net;
using System.Text;
using Portal.Core.Outcomes;

namespace Portal.SecurityTests.Fuzz;

/// <summary>What the fuzz run found, each pinned on its own: bad input is a 400 problem, never a 500.</summary>
public sealed class FuzzFindingTests(SecurityPortal portal) : IClassFixture<SecurityPortal>
{
    [Theory]
    [InlineData("multipart/form-data; boundary=x", "79228162514264337593543950335")]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\ncut off")]
    [InlineData("multipart/form-data", "--x--")]
    public async Task ARegistration_WhoseFormDoesNotParse_Is400(string contentType, string body)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await portal.CreateClient().PostAsync("/api/registrations", content);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, ProblemTypes.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _));
    }

    public static TheoryData<string> HostileTokens() => [new string('\u0101', 5000), new string('x', 5000), "a\u0001b", "\u202Eabc"];

    [Theory]
    [MemberData(nameof(HostileTokens))]
    public async Task APagedList_WithAContinuationTokenStorageNeverGave_Is400(string token)
    {
        var user = await portal.SignedInAsync("token");

        var response = await user.GetAsync($"/api/me/activity?continuationToken={Uri.EscapeDataString(token)}");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, ProblemTypes.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("continuationToken", out _));
    }
}
