using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Identity.Vpm;
using Portal.Demo.Vpm;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>
/// The Latvija.lv stand-in in a real browser: reached as localhost while the portal is 127.0.0.1, so its answer's POST to the
/// portal is cross-site as VPM's is. The callback is the portal's; here the browser's request to it is caught and its form read.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class VpmStandInPageTests(BrowserFixture portal)
{
    [Fact]
    public async Task ChoosingAPerson_PostsTheSignedAnswer_CrossSite_ToTheReplyAddress()
    {
        var protocol = portal.Factory.Services.GetRequiredService<VpmProtocol>();
        var redirect = protocol.SignInRedirect("ctx-browser").Address;
        Assert.Equal("localhost", redirect.Host);
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "lv-LV" });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => errors.Add(message.Type == "error" ? message.Text : "");
        var posted = new TaskCompletionSource<IRequest>();
        await page.RouteAsync($"{portal.BaseUrl}api/auth/vpm/callback", async route =>
        {
            posted.TrySetResult(route.Request);
            await route.FulfillAsync(new() { Status = 200, ContentType = "text/plain", Body = "received" });
        });

        await page.GotoAsync(redirect.ToString());
        await Expect(page.Locator("h1")).ToContainTextAsync("Latvija.lv");
        Assert.Empty(await AccessibilityViolationsAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "DACE ROZENBERGA" }).ClickAsync();

        // The answer page sends itself by its script file.
        var request = await posted.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal("POST", request.Method);
        // From the stand-in's origin to the portal's: another host, so another site (a host name or an address is its own site).
        Assert.Equal($"http://localhost:{portal.BaseUrl.Port}", (await request.AllHeadersAsync())["origin"]);
        Assert.Equal("127.0.0.1", new Uri(request.Url).Host);
        var fields = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(request.PostData!).ToDictionary(f => f.Key, f => f.Value.ToString());
        var answer = await protocol.ReadAnswerAsync(fields, CancellationToken.None);
        Assert.True(answer.Failure is null, $"refused: {answer.Failure}");
        Assert.Equal(("ctx-browser", VpmTestPeople.NewClientCode), (answer.Value.Context, answer.Value.Identity.PersonalCode));
        Assert.DoesNotContain(errors, e => e.Length > 0);
    }

    private static async Task<string[]> AccessibilityViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(new Deque.AxeCore.Commons.BundledAxeScriptProvider().GetScript());
        return await page.EvaluateAsync<string[]>("""
            async () => (await axe.run(document, {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
              resultTypes: ['violations'],
            })).violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
            """);
    }
}
