using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Portal.DevHost.BankLink;

namespace Portal.UnitTests.DevHost;

/// <summary>The development bank's server answers: where they go, when, how often, and as what - against a handler the test holds.</summary>
public sealed class DevBankDeliveryTests
{
    private static readonly Uri _notify = new("http://127.0.0.1:7071/api/payments/devbank/notify");
    private static readonly KeyValuePair<string, string>[] _fields = [new("VK_SERVICE", "1111"), new("VK_MSG", "Rēķins Nr. 1"), new("VK_AUTO", "Y")];

    private readonly FakeTimeProvider _time = new();
    private readonly Recorder _portal = new();

    private DevBankDelivery Delivery() => new(new Clients(_portal), _time, NullLogger<DevBankDelivery>.Instance);

    [Theory]
    [InlineData("https://portal.test/api/payments/devbank/return?order=42", "https://portal.test/api/payments/devbank/notify")]
    [InlineData("http://127.0.0.1:7071/pay/return", "http://127.0.0.1:7071/api/payments/devbank/notify")]
    public void NotifyAddress_IsTheReturnAddressesOrigin_AndTheBanksNotifyRoute(string returnAddress, string notify)
    {
        Assert.Equal(new Uri(notify), DevBankDelivery.NotifyAddress(new Uri(returnAddress), "devbank"));
    }

    [Theory]
    [InlineData(DevBankServerAnswer.Before, 1)]
    [InlineData(DevBankServerAnswer.Twice, 2)]
    public async Task BeforeTheBrowsers_IsPostedBeforeItReturns_AsAForm(DevBankServerAnswer when, int times)
    {
        var (before, later) = await Delivery().DeliverAsync(when, _notify, _fields, CancellationToken.None);

        Assert.True(later.IsCompleted);
        Assert.Equal(Enumerable.Repeat<int?>(202, times), before);
        Assert.Equal(times, _portal.Posted.Count);
        Assert.All(_portal.Posted, posted => Assert.Equal((_notify, "VK_SERVICE=1111&VK_MSG=R%C4%93%C4%B7ins+Nr.+1&VK_AUTO=Y"), posted));
    }

    [Theory]
    [InlineData(DevBankServerAnswer.After, 2)]
    [InlineData(DevBankServerAnswer.Late, 10)]
    public async Task AfterTheBrowsers_IsPostedOnlyOnceItsTimeHasCome(DevBankServerAnswer when, int seconds)
    {
        var (before, later) = await Delivery().DeliverAsync(when, _notify, _fields, CancellationToken.None);
        Assert.Empty(before);

        _time.Advance(TimeSpan.FromSeconds(seconds) - TimeSpan.FromMilliseconds(1));
        await Task.Delay(50);
        Assert.Empty(_portal.Posted);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        await later.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Single(_portal.Posted);
    }

    [Fact]
    public async Task Never_PostsNothing()
    {
        var (before, later) = await Delivery().DeliverAsync(DevBankServerAnswer.Never, _notify, _fields, CancellationToken.None);

        Assert.Equal((0, true, 0), (before.Count, later.IsCompleted, _portal.Posted.Count));
    }

    [Fact]
    public async Task APortalThatDoesNotAnswer_IsNoStatus_NotAFailedPage()
    {
        _portal.Unreachable = true;

        var (before, _) = await Delivery().DeliverAsync(DevBankServerAnswer.Before, _notify, _fields, CancellationToken.None);

        Assert.Equal([null], before);
    }

    private sealed class Recorder : HttpMessageHandler
    {
        public List<(Uri, string)> Posted { get; } = [];

        public bool Unreachable { get; set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Unreachable)
            {
                throw new HttpRequestException("Connection refused");
            }

            Assert.Equal(HttpMethod.Post, request.Method);
            Assert.Equal("application/x-www-form-urlencoded", request.Content!.Headers.ContentType!.MediaType);
            Posted.Add((request.RequestUri!, await request.Content.ReadAsStringAsync(cancellationToken)));
            return new HttpResponseMessage(HttpStatusCode.Accepted);
        }
    }

    private sealed class Clients(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
