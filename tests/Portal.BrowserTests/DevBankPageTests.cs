using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Payments;
using Portal.Core.Payments.BankLink;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>
/// The development bank in a real browser: reached as localhost while the portal is 127.0.0.1, so its answer's POST back is cross-site
/// as a bank's is. Its pages pass axe; the answer page sends itself by the UI's script file, caught here and read by the provider.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DevBankPageTests(BrowserFixture portal)
{
    private IPaymentProvider Provider =>
        portal.Factory.Services.GetRequiredService<PaymentProviders>().Find(BankLinkOptions.DevelopmentBankId)!;

    [Fact]
    public async Task Paying_PostsTheSignedAnswer_CrossSite_ToTheReturnAddress()
    {
        // A return address outside the API: this test stands in for the portal's page there.
        var returnAddress = new Uri(portal.BaseUrl, "bank-return-test");
        var request = Provider.PaymentForm(new PaymentRequest("300001", 4250, "EUR", "RF18000000000539007547034", "Rēķins 26-0042", returnAddress, "lv", DateTimeOffset.UtcNow));
        Assert.Equal("localhost", request.Action.Host);
        await using var browser = await BrowserPage.OpenAsync(portal.Browser, portal.BaseUrl);
        var posted = new TaskCompletionSource<IRequest>();
        await browser.Page.RouteAsync(returnAddress.AbsoluteUri, async route =>
        {
            posted.TrySetResult(route.Request);
            await route.FulfillAsync(new() { Status = 200, ContentType = "text/plain", Body = "received" });
        });

        // The bank's link takes its request by GET too: the fields in the address.
        await browser.Page.GotoAsync($"{request.Action}?{string.Join('&', request.Fields.Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}"))}");
        await Expect(browser.Page.Locator("h1")).ToContainTextAsync("payment");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        await browser.Page.GetByLabel("Never").CheckAsync();
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Answer" }).ClickAsync();

        var answer = await posted.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal("POST", answer.Method);
        Assert.Equal($"http://localhost:{portal.BaseUrl.Port}", (await answer.AllHeadersAsync())["origin"]);
        var fields = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(answer.PostData!).ToDictionary(f => f.Key, f => f.Value.ToString());
        var read = Provider.ReadPaymentAnswer(fields);
        Assert.True(read.Failure is null, $"refused: {read.Failure}");
        Assert.Equal(("300001", true, 4250L, false), (read.Value.Stamp, read.Value.Paid, read.Value.Cents, read.Value.FromServer));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task SignInPage_OffersTheTestPeople_Accessibly()
    {
        var signIn = portal.Factory.Services.GetRequiredService<BankLinkBanks>().SignIns.Single();
        var redirect = signIn.SignInRedirect("ctx-browser");
        await using var browser = await BrowserPage.OpenAsync(portal.Browser, portal.BaseUrl);

        await browser.Page.GotoAsync($"{redirect.Address}?{string.Join('&', redirect.Form!.Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}"))}");

        await Expect(browser.Page.Locator("h1")).ToContainTextAsync("sign in");
        await Expect(browser.Page.GetByRole(AriaRole.Button)).ToHaveCountAsync(Portal.Demo.BankLink.DevBankPeople.All.Count);
        Assert.Empty(await browser.AccessibilityViolationsAsync());
    }
}
