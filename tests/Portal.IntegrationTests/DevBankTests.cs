using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Identity;
using Portal.Core.Payments;
using Portal.Core.Payments.BankLink;
using Portal.Demo.BankLink;
using Portal.DevHost.BankLink;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>A portal of its own with the development bank on, whose server answers go to a handler the tests hold.</summary>
public sealed class DevBankPortal() : IsolatedPortal(services =>
    services.AddHttpClient(DevBankDelivery.ClientName).ConfigurePrimaryHttpMessageHandler(() => Notified))
{
    /// <summary>What the bank posted server to server, in place of the portal's notify route.</summary>
    public static NotifyRecorder Notified { get; } = new();

    /// <summary>Stands in for the portal's notify route: keeps each server answer the bank posts and answers 200.</summary>
    public sealed class NotifyRecorder : HttpMessageHandler
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<(Uri Address, string Fields)> _posted = new();

        public IReadOnlyList<(Uri Address, string Fields)> Posted => [.. _posted];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _posted.Enqueue((request.RequestUri!, await request.Content!.ReadAsStringAsync(cancellationToken)));
            return new HttpResponseMessage(HttpStatusCode.OK);
        }

        // The client factory renews its handlers; this one outlives them.
        protected override void Dispose(bool disposing)
        {
        }
    }
}

/// <summary>
/// The dev host's development bank end to end: a request made by <see cref="BankLinkProvider"/> or <see cref="BankLinkSignIn"/> posted to
/// its page, the developer's choice, and the bank's signed answer read back by the same classes, with the bank's certificate and our key
/// pinned by start-up.
/// </summary>
public sealed class DevBankTests(DevBankPortal portal) : IClassFixture<DevBankPortal>
{
    private static readonly Uri _return = new("https://localhost/api/payments/devbank/return");

    public static TheoryData<string> People => [.. DevBankPeople.All.Select(p => p.Key)];

    private IPaymentProvider Provider => portal.Service<PaymentProviders>().Find(BankLinkOptions.DevelopmentBankId)!;

    private BankLinkSignIn SignIn => portal.Service<BankLinkBanks>().SignIns.Single();

    private static PaymentRequest Request(string stamp) =>
        new(stamp, 15000, "EUR", "RF18000000000539007547034", "Rēķini 26-0001, 26-0002", _return, "lv", DateTimeOffset.UtcNow);

    [Fact]
    public void StartUp_ConfiguresTheBank_WithItsOwnKeys_AtTheLocalhostAddress()
    {
        var bank = portal.Service<IOptions<BankLinkOptions>>().Value.Banks[BankLinkOptions.DevelopmentBankId];
        var signer = portal.Service<DevBankSigner>();

        Assert.Equal(("https://localhost/dev-bank/link", "Attīstības banka"), (bank.Url, bank.DisplayName));
        Assert.Equal((signer.BankCertificateBase64, signer.MerchantPrivateKeyPem), (bank.BankCertificate, bank.PrivateKey));
        Assert.Equal(BankLinkOptions.DevelopmentBankId, Assert.Single(portal.Service<PaymentProviders>().All).Id);
    }

    [Fact]
    public async Task Paid_AnswersA1111_ToTheReturnAddress_ThatTheProviderAccepts()
    {
        var answer = await DevBankPages.AnswerAsync(portal.CreateClient(), Provider.PaymentForm(Request("100001")), "paid");

        Assert.Equal(_return, answer.Action);
        Assert.Equal(("1111", "N"), (answer.Fields["VK_SERVICE"], answer.Fields["VK_AUTO"]));
        var read = Provider.ReadPaymentAnswer(answer.Fields);
        Assert.True(read.Failure is null, $"refused: {read.Failure}");
        Assert.Equal(("100001", true, 15000L, "EUR", false), (read.Value.Stamp, read.Value.Paid, read.Value.Cents, read.Value.Currency, read.Value.FromServer));
        Assert.Equal((DevBankSigner.PayerName, DevBankSigner.PayerAccount), (read.Value.PayerName, read.Value.PayerAccount));
    }

    [Fact]
    public async Task Paid_TwoPayments_HaveTwoTransactions()
    {
        var first = await DevBankPages.AnswerAsync(portal.CreateClient(), Provider.PaymentForm(Request("100002")), "paid");
        var second = await DevBankPages.AnswerAsync(portal.CreateClient(), Provider.PaymentForm(Request("100003")), "paid");

        Assert.NotEqual(first.Fields["VK_T_NO"], second.Fields["VK_T_NO"]);
    }

    [Fact]
    public async Task Cancelled_AnswersA1911_ThatTheProviderAccepts_AsNotPaid()
    {
        var answer = await DevBankPages.AnswerAsync(portal.CreateClient(), Provider.PaymentForm(Request("100004")), "cancelled");

        var read = Provider.ReadPaymentAnswer(answer.Fields);
        Assert.Equal((_return, "1911"), (answer.Action, answer.Fields["VK_SERVICE"]));
        Assert.True(read.Failure is null, $"refused: {read.Failure}");
        Assert.Equal(("100004", false), (read.Value.Stamp, read.Value.Paid));
    }

    [Fact]
    public async Task NoAnswer_SendsNothing()
    {
        var form = Provider.PaymentForm(Request("100005"));
        var client = portal.CreateClient();
        using var page = await DevBankPages.PostAsync(client, form.Action, form.Fields);
        var (path, fields) = HtmlForm.Read(await page.Content.ReadAsStringAsync());

        using var answer = await client.PostAsync(new Uri(path, UriKind.Relative),
            new FormUrlEncodedContent([.. fields, new("outcome", "none"), new("server", "before")]));

        var html = await answer.Content.ReadAsStringAsync();
        Assert.Contains("no answer", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", html, StringComparison.Ordinal);
        Assert.DoesNotContain(DevBankPortal.Notified.Posted, p => p.Fields.Contains("VK_STAMP=100005", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("before", 1)]
    [InlineData("twice", 2)]
    public async Task ServerAnswer_IsPostedToTheNotifyRoute_WithVkAutoY_AndAccepted(string server, int times)
    {
        var stamp = $"2000{times}";

        await DevBankPages.AnswerAsync(portal.CreateClient(), Provider.PaymentForm(Request(stamp)), "paid", server);

        var posted = DevBankPortal.Notified.Posted.Where(p => p.Fields.Contains($"VK_STAMP={stamp}&", StringComparison.Ordinal)).ToList();
        Assert.Equal(times, posted.Count);
        Assert.All(posted, p => Assert.Equal(new Uri("https://localhost/api/payments/devbank/notify"), p.Address));
        var fields = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(posted[0].Fields).ToDictionary(f => f.Key, f => f.Value.ToString());
        var read = Provider.ReadPaymentAnswer(fields);
        Assert.True(read.Failure is null, $"refused: {read.Failure}");
        Assert.Equal((stamp, true, true), (read.Value.Stamp, read.Value.Paid, read.Value.FromServer));
    }

    [Theory]
    [InlineData("VK_AMOUNT", "1500.00")]
    [InlineData("VK_MAC", "bm90IGEgc2lnbmF0dXJl")]
    [InlineData("VK_SND_ID", "SOMEONE")]
    public async Task ARequestWhoseMacDoesNotVerify_IsRefused(string field, string value)
    {
        var form = Provider.PaymentForm(Request("100006"));
        var changed = form.Fields.Select(f => f.Key == field ? KeyValuePair.Create(f.Key, value) : f);

        using var page = await DevBankPages.PostAsync(portal.CreateClient(), form.Action, changed);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("refuses this request", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_HaveTheirOwnPolicies_AndTheAnswerRunsOnlyTheScriptFile()
    {
        var form = Provider.PaymentForm(Request("100007"));
        var client = portal.CreateClient();
        using var choice = await DevBankPages.PostAsync(client, form.Action, form.Fields);
        var choiceHtml = await choice.Content.ReadAsStringAsync();
        var (path, fields) = HtmlForm.Read(choiceHtml);
        using var answer = await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([.. fields, new("outcome", "paid"), new("server", "never")]));
        var answerHtml = await answer.Content.ReadAsStringAsync();

        Assert.Equal("default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'", choice.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("<legend>The answer</legend>", choiceHtml, StringComparison.Ordinal);
        Assert.Contains("<label for=\"outcome-paid\">", choiceHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", choiceHtml, StringComparison.Ordinal);
        Assert.Equal("default-src 'none'; script-src 'self'; form-action https://localhost; base-uri 'none'; frame-ancestors 'none'", answer.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("no-store", answer.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("<script src=\"/provider-form.js\"></script>", answerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", answerHtml, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">", answerHtml, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(People))]
    public async Task SignIn_EachTestPerson_TheBanksAnswer_ValidatesThroughTheSignIn(string key)
    {
        var context = RandomContext();
        var redirect = SignIn.SignInRedirect(context);

        var answer = await DevBankPages.SignInAsync(portal.CreateClient(), redirect.Address, redirect.Form!, key);
        var read = await SignIn.ReadAnswerAsync(answer.Fields, CancellationToken.None);

        Assert.Equal(new Uri("https://localhost/api/auth/bank/devbank/return"), answer.Action);
        Assert.True(read.Failure is null, $"refused: {read.Failure}");
        Assert.Equal((context, Portal.Demo.Vpm.VpmTestPeople.Find(key)!.CurrentCode), (read.Value.Context, read.Value.Identity.PersonalCode));
    }

    [Fact]
    public async Task SignIn_TheSameAnswerAgain_IsRefused_ByTheStore()
    {
        var redirect = SignIn.SignInRedirect(RandomContext());
        var answer = await DevBankPages.SignInAsync(portal.CreateClient(), redirect.Address, redirect.Form!, DevBankPeople.All[0].Key);

        Assert.Null((await SignIn.ReadAnswerAsync(answer.Fields, CancellationToken.None)).Failure);
        var again = Assert.IsType<ExternalAnswerRefused>((await SignIn.ReadAnswerAsync(answer.Fields, CancellationToken.None)).Failure);
        Assert.Contains("used already", again.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task About_ListsTheBankAndItsPeople_ForDevUp()
    {
        var text = await portal.CreateClient().GetStringAsync(new Uri(DevBank.AboutPath, UriKind.Relative));

        Assert.Contains("https://localhost/dev-bank/link", text, StringComparison.Ordinal);
        Assert.All(DevBankPeople.All, person => Assert.Contains($"{person.Key} ", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Off_AnswersNothing_AndHasNoBank()
    {
        var settings = portal.Backends.Settings();
        settings["BankLink:DevelopmentBank"] = "false";
        await using var factory = new PortalFactory(settings);
        var client = factory.CreateHttpsClient();

        var page = await client.PostAsync(new Uri(DevBank.LinkPath, UriKind.Relative), new FormUrlEncodedContent([new("VK_SERVICE", "1012")]));
        var about = await client.GetAsync(new Uri(DevBank.AboutPath, UriKind.Relative));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (page.StatusCode, about.StatusCode));
        Assert.Empty(factory.Services.GetRequiredService<PaymentProviders>().All);
        Assert.Empty(factory.Services.GetRequiredService<BankLinkBanks>().SignIns);
    }

    private static string RandomContext() => Portal.Core.Storage.RandomTokens.New();
}
