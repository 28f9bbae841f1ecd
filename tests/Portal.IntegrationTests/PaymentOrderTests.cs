using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Audit;
using Portal.Core.Outcomes;
using Portal.Core.Payments.BankLink;
using Portal.Core.Payments;
using Portal.Core.Storage;
using Portal.Demo.BankLink;
using Portal.DevHost.BankLink;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>A portal whose development bank delivers its server answers to the portal itself, as it does under <c>./dev up</c>.</summary>
public sealed class PaymentsPortal() : IsolatedPortal(services =>
    services.AddHttpClient(DevBankDelivery.ClientName).ConfigurePrimaryHttpMessageHandler(() => Loopback.Instance))
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Loopback.Instance.Inner = Factory.Server.CreateHandler();
    }

    /// <summary>Sends the bank's server answers into the test server (created after the services, so set afterwards).</summary>
    private sealed class Loopback : DelegatingHandler
    {
        public static Loopback Instance { get; } = new();

        public HttpMessageHandler Inner { set => InnerHandler = value; }

        // The client factory renews its handlers; this one outlives them.
        protected override void Dispose(bool disposing)
        {
        }
    }
}

/// <summary>
/// Paying invoices through the development bank (§2.11): the order stored before the bank, its answers settling it exactly once
/// whichever copy comes first, refused answers, orders that end unpaid, and the back office's booking.
/// </summary>
public sealed class PaymentOrderTests(PaymentsPortal portal) : IClassFixture<PaymentsPortal>
{
    private const string Bank = BankLinkOptions.DevelopmentBankId;

    [Fact]
    [Trait("Clause", "2.11")]
    public async Task TheServerAnswerThenTheBrowsers_SettleTheOrderOnce_MarkTheInvoices_AndEmitOneEvent()
    {
        var (member, clientId, _, invoices) = await ClientWithInvoicesAsync(("ES-2026-000101", 120.50m), ("ES-2026-000102", 79.50m));

        var created = await CreateAsync(member, clientId, new { invoiceIds = invoices });
        var order = created.GetProperty("order");
        Assert.Equal(("pending", 200.00m, "EUR"), (order.GetProperty("status").GetString(), order.GetProperty("amount").GetDecimal(), order.GetProperty("currency").GetString()));
        Assert.Equal("Rēķini: ES-2026-000101, ES-2026-000102", order.GetProperty("message").GetString());
        Assert.Equal(("in-progress", 200.00m), (await InvoicePaymentAsync(member, clientId, invoices[0]), (await BalanceAsync(member, clientId)).GetProperty("paymentInProgress").GetDecimal()));

        var browser = await DevBankPages.AnswerAsync(portal.CreateClient(), Form(created), "paid", server: "before");
        var id = order.GetProperty("id").GetString()!;
        Assert.Equal("paid", await StatusAsync(member, clientId, id));

        using var back = await PostAnswerAsync("return", browser.Fields);
        Assert.Equal(HttpStatusCode.SeeOther, back.StatusCode);
        Assert.Equal($"/payment?client={clientId}&order={id}", back.Headers.Location!.OriginalString);

        Assert.Equal("paid", await StatusAsync(member, clientId, id));
        Assert.Equal("awaiting-booking", await InvoicePaymentAsync(member, clientId, invoices[1]));
        var balance = await BalanceAsync(member, clientId);
        Assert.Equal((0m, 200.00m, 0m), (balance.GetProperty("due").GetDecimal(), balance.GetProperty("awaitingBooking").GetDecimal(), balance.GetProperty("paymentInProgress").GetDecimal()));
        Assert.Equal((1, 1), await OutboxAsync(clientId));
        var answers = await TrailAsync(clientId, AuditActions.PaymentAnswer);
        // Settled by the first answer; the other copy changed nothing (it is logged, not on the trail).
        Assert.Equal([AuditActions.Succeeded], answers.Select(a => a.Result));
        Assert.StartsWith($"order|{id}|server|", answers[0].Target, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBrowsersAnswerThenTheServers_SettleTheOrderOnce()
    {
        var (member, clientId, _, invoices) = await ClientWithInvoicesAsync(("ES-2026-000201", 15m));
        var created = await CreateAsync(member, clientId, new { invoiceIds = invoices });
        var id = created.GetProperty("order").GetProperty("id").GetString()!;
        var browser = await DevBankPages.AnswerAsync(portal.CreateClient(), Form(created), "paid");

        (await PostAnswerAsync("return", browser.Fields)).Dispose();
        Assert.Equal("paid", await StatusAsync(member, clientId, id));

        // The server's copy is the same signed answer with VK_AUTO=Y; the bank may send it more than once.
        for (var i = 0; i < 2; i++)
        {
            using var notified = await PostAnswerAsync("notify", ServerCopy(browser.Fields));
            Assert.Equal(HttpStatusCode.OK, notified.StatusCode);
            var body = await notified.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal((id, "paid"), (body.GetProperty("order").GetString(), body.GetProperty("status").GetString()));
        }

        Assert.Equal((1, 1), await OutboxAsync(clientId));
        Assert.Equal([AuditActions.Succeeded], (await TrailAsync(clientId, AuditActions.PaymentAnswer)).Select(a => a.Result));
    }

    [Fact]
    public async Task ATransactionOfOneOrder_SignedForAnother_IsAReplay_Refused()
    {
        var (member, clientId, _, invoices) = await ClientWithInvoicesAsync(("ES-2026-000301", 10m), ("ES-2026-000302", 10m));
        var first = await CreateAsync(member, clientId, new { invoiceIds = new[] { invoices[0] } });
        var second = await CreateAsync(member, clientId, new { invoiceIds = new[] { invoices[1] } });
        var paid = await DevBankPages.AnswerAsync(portal.CreateClient(), Form(first), "paid");
        (await PostAnswerAsync("return", paid.Fields)).Dispose();

        // The bank's own signature, the same transaction number, the other order.
        var request = Form(second).Fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var replay = portal.Service<DevBankSigner>().Sign(DevBankSigner.Paid(request, paid.Fields["VK_T_NO"], DateTimeOffset.UtcNow), auto: "Y");
        using var refused = await PostAnswerAsync("notify", replay);

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.UnprocessableEntity, ProblemTypes.PaymentAnswerRefused);
        Assert.Equal("pending", await StatusAsync(member, clientId, second.GetProperty("order").GetProperty("id").GetString()!));
        var audited = (await TrailAsync(clientId, AuditActions.PaymentAnswer)).Last();
        Assert.Equal(AuditActions.Refused, audited.Result);
        Assert.Contains("Replay", audited.Target, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATamperedAmount_OrAnAnswerForAnotherMerchant_IsRefused_AndSettlesNothing()
    {
        var (member, clientId, _, invoices) = await ClientWithInvoicesAsync(("ES-2026-000401", 300m));
        var created = await CreateAsync(member, clientId, new { invoiceIds = invoices });
        var id = created.GetProperty("order").GetProperty("id").GetString()!;
        var paid = await DevBankPages.AnswerAsync(portal.CreateClient(), Form(created), "paid");

        var tampered = new Dictionary<string, string>(paid.Fields) { ["VK_AMOUNT"] = "3.00" };
        using var byBrowser = await PostAnswerAsync("return", tampered);
        Assert.Equal(HttpStatusCode.SeeOther, byBrowser.StatusCode);
        Assert.Equal("/payment?answer=refused", byBrowser.Headers.Location!.OriginalString);

        // Signed by the bank, but for another merchant: the bank's signature is not enough.
        var request = Form(created).Fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var elsewhere = DevBankSigner.Paid(request, "T-OTHER-1", DateTimeOffset.UtcNow);
        elsewhere["VK_REC_ID"] = "SOMEONEELSE";
        await ProblemAssert.IsProblemAsync(await PostAnswerAsync("notify", portal.Service<DevBankSigner>().Sign(elsewhere, auto: "Y")), HttpStatusCode.UnprocessableEntity, ProblemTypes.PaymentAnswerRefused);

        // A genuine answer of another amount than the order's (the bank's word against ours) is refused too.
        var otherAmount = DevBankSigner.Paid(request, "T-OTHER-2", DateTimeOffset.UtcNow);
        otherAmount["VK_AMOUNT"] = "299.99";
        await ProblemAssert.IsProblemAsync(await PostAnswerAsync("notify", portal.Service<DevBankSigner>().Sign(otherAmount, auto: "Y")), HttpStatusCode.UnprocessableEntity, ProblemTypes.PaymentAnswerRefused);

        Assert.Equal("pending", await StatusAsync(member, clientId, id));
        Assert.Equal((0, 0), await OutboxAsync(clientId));
        // What the bank's signature or our ids do not hold is on the bank's trail (its stamp is not to be believed); an answer that
        // holds and disagrees with the order, on the client's.
        Assert.Equal(1, (await TrailAsync(clientId, AuditActions.PaymentAnswer)).Count(a => a.Result == AuditActions.Refused));
        var (bankTrail, _) = await portal.Service<AuditTrail>().ReadAsync(PaymentSettlement.ProviderChain(Bank), 100, null, CancellationToken.None);
        Assert.Contains(bankTrail, r => r.Result == AuditActions.Refused && r.Target.Contains(id, StringComparison.Ordinal) && r.Target.Contains("MAC", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnInvoiceInAnOrder_CannotGoIntoASecond_UntilTheFirstIsCancelled()
    {
        var (member, clientId, _, invoices) = await ClientWithInvoicesAsync(("ES-2026-000501", 40m), ("ES-2026-000502", 60m));
        var first = await CreateAsync(member, clientId, new { invoiceIds = new[] { invoices[0] } });

        using var twice = await member.PostAsJsonAsync($"/api/clients/{clientId}/payment-orders", new { invoiceIds = invoices });
        var problem = await ProblemAssert.IsProblemAsync(twice, HttpStatusCode.Conflict, ProblemTypes.PaymentInProgress);
        Assert.Contains("ES-2026-000501", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var cancelled = await DevBankPages.AnswerAsync(portal.CreateClient(), Form(first), "cancelled");
        (await PostAnswerAsync("return", cancelled.Fields)).Dispose();
        Assert.Equal("cancelled", await StatusAsync(member, clientId, first.GetProperty("order").GetProperty("id").GetString()!));
        Assert.Null(await InvoicePaymentAsync(member, clientId, invoices[0]));

        var again = await CreateAsync(member, clientId, new { invoiceIds = invoices });
        Assert.Equal(100m, again.GetProperty("order").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task BadOrders_AreFieldErrors()
    {
        var (member, clientId, _, invoices) = await ClientWithInvoicesAsync(("ES-2026-000601", 40m));
        var backOffice = await portal.CreateStaffClientAsync("backoffice");

        async Task<JsonElement> ErrorsAsync(object body) =>
            (await ProblemAssert.IsProblemAsync(await member.PostAsJsonAsync($"/api/clients/{clientId}/payment-orders", body), HttpStatusCode.BadRequest)).GetProperty("errors");

        Assert.True((await ErrorsAsync(new { })).TryGetProperty("invoiceIds", out _));
        Assert.True((await ErrorsAsync(new { invoiceIds = invoices, amount = 10m })).TryGetProperty("invoiceIds", out _));
        Assert.True((await ErrorsAsync(new { invoiceIds = new[] { invoices[0], invoices[0] } })).TryGetProperty("invoiceIds[1]", out _));
        Assert.True((await ErrorsAsync(new { invoiceIds = new[] { "NO-SUCH" } })).TryGetProperty("invoiceIds[0]", out _));
        Assert.True((await ErrorsAsync(new { amount = 10m })).TryGetProperty("amount", out _));
        Assert.True((await ErrorsAsync(new { invoiceIds = invoices, provider = "no-such-bank" })).TryGetProperty("provider", out _));

        // An invoice paid in full by the back office has nothing left to pay.
        await BillingFeedTests.FeedAsync(backOffice, "payments", new
        {
            externalId = $"PAY-{Guid.NewGuid():N}", version = 1, clientExternalId = await ClientExternalIdAsync(clientId), receivedOn = "2026-10-20", amount = 40m,
            allocations = new[] { new { invoiceExternalId = invoices[0], amount = 40m } },
        });
        Assert.Contains("ES-2026-000601", (await ErrorsAsync(new { invoiceIds = invoices })).GetProperty("invoiceIds[0]")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdvancePaymentClient_TopsUp_AndThePaymentIsCreditUntilBooked()
    {
        var (_, member, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal, "advance-payment");

        var created = await CreateAsync(member, clientId, new { amount = 250m, provider = Bank });
        Assert.Equal(("top-up", "Avansa maksājums"), (created.GetProperty("order").GetProperty("kind").GetString(), created.GetProperty("order").GetProperty("message").GetString()));
        var paid = await DevBankPages.AnswerAsync(portal.CreateClient(), Form(created), "paid", server: "before");

        var balance = await BalanceAsync(member, clientId);
        Assert.Equal((0m, 250m, 250m), (balance.GetProperty("due").GetDecimal(), balance.GetProperty("credit").GetDecimal(), balance.GetProperty("awaitingBooking").GetDecimal()));
        Assert.Equal("1111", paid.Fields["VK_SERVICE"]);
    }

    [Fact]
    public async Task AnOrderWithNoAnswer_Expires_FreesItsInvoices_AndAPaidAnswerAfterThat_StillSettles_Flagged()
    {
        var (member, clientId, _, invoices) = await ClientWithInvoicesAsync(("ES-2026-000701", 55m));
        var created = await CreateAsync(member, clientId, new { invoiceIds = invoices });
        var id = created.GetProperty("order").GetProperty("id").GetString()!;
        var paid = await DevBankPages.AnswerAsync(portal.CreateClient(), Form(created), "paid");

        // The bank's longest answer window has passed.
        await MoveExpiryAsync(clientId, id, DateTimeOffset.UtcNow.AddMinutes(-1));
        await portal.Service<PaymentOrderChecks>().RunAsync(CancellationToken.None);
        Assert.Equal("expired", await StatusAsync(member, clientId, id));
        Assert.Null(await InvoicePaymentAsync(member, clientId, invoices[0]));

        using var late = await PostAnswerAsync("notify", ServerCopy(paid.Fields));
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Equal("paid", await StatusAsync(member, clientId, id));
        Assert.Equal("awaiting-booking", await InvoicePaymentAsync(member, clientId, invoices[0]));
        var flagged = await portal.Service<FlaggedPaymentOrders>().ListAsync(200, CancellationToken.None);
        Assert.Contains(flagged, f => f.OrderId == id && f.Flag == PaymentOrderFlag.PaidLate);
    }

    [Fact]
    public async Task TheBackOfficesBooking_CompletesTheOrder_AndTheMoneyCountsOnce_AndAnotherAmountIsFlagged()
    {
        var (member, clientId, clientExternalId, invoices) = await ClientWithInvoicesAsync(("ES-2026-000801", 70m), ("ES-2026-000802", 30m));
        var first = await CreateAsync(member, clientId, new { invoiceIds = new[] { invoices[0] } });
        var second = await CreateAsync(member, clientId, new { invoiceIds = new[] { invoices[1] } });
        await DevBankPages.AnswerAsync(portal.CreateClient(), Form(first), "paid", server: "before");
        await DevBankPages.AnswerAsync(portal.CreateClient(), Form(second), "paid", server: "before");
        var (firstId, secondId) = (first.GetProperty("order").GetProperty("id").GetString()!, second.GetProperty("order").GetProperty("id").GetString()!);
        Assert.Equal(0m, (await BalanceAsync(member, clientId)).GetProperty("due").GetDecimal());

        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var results = await BillingFeedTests.FeedAsync(backOffice, "payments",
            new
            {
                externalId = $"PAY-{Guid.NewGuid():N}", version = 1, clientExternalId, receivedOn = "2026-12-02", amount = 70m, portalOrderId = firstId,
                allocations = new[] { new { invoiceExternalId = invoices[0], amount = 70m } },
            },
            new { externalId = $"PAY-{Guid.NewGuid():N}", version = 1, clientExternalId, receivedOn = "2026-12-02", amount = 25m, portalOrderId = secondId });
        Assert.All(results, r => Assert.Equal("created", r.GetProperty("status").GetString()));

        Assert.Equal(("booked", "booked"), (await StatusAsync(member, clientId, firstId), await StatusAsync(member, clientId, secondId)));
        var balance = await BalanceAsync(member, clientId);
        // 100 charged, 95 booked: 5 still due, nothing counted twice, nothing awaiting booking.
        Assert.Equal((5m, 0m), (balance.GetProperty("due").GetDecimal(), balance.GetProperty("awaitingBooking").GetDecimal()));
        Assert.Null(await InvoicePaymentAsync(member, clientId, invoices[0]));
        var flagged = await portal.Service<FlaggedPaymentOrders>().ListAsync(200, CancellationToken.None);
        Assert.Contains(flagged, f => f.OrderId == secondId && f.Flag == PaymentOrderFlag.BookingMismatch);
        Assert.DoesNotContain(flagged, f => f.OrderId == firstId);
    }

    [Fact]
    public async Task AnOrderOfAnotherClient_IsNotFound_AndAMemberWithoutFinance_MayNotPay()
    {
        var (member, clientId, _, invoices) = await ClientWithInvoicesAsync(("ES-2026-000901", 10m));
        var created = await CreateAsync(member, clientId, new { invoiceIds = invoices });
        var (_, other, otherClientId) = await BillingFeedTests.ClientWithMemberAsync(portal);

        await ProblemAssert.IsProblemAsync(await other.GetAsync($"/api/clients/{otherClientId}/payment-orders/{created.GetProperty("order").GetProperty("id").GetString()}"), HttpStatusCode.NotFound);
        var history = await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/payment-orders");
        Assert.Equal(1, history.GetProperty("items").GetArrayLength());
        Assert.Equal(Bank, history.GetProperty("providers")[0].GetProperty("id").GetString());
    }

    private static ProviderForm Form(JsonElement created)
    {
        var form = created.GetProperty("form");
        return new ProviderForm(new Uri(form.GetProperty("action").GetString()!),
            [.. form.GetProperty("fields").EnumerateArray().Select(f => KeyValuePair.Create(f.GetProperty("name").GetString()!, f.GetProperty("value").GetString()!))]);
    }

    private static Dictionary<string, string> ServerCopy(IReadOnlyDictionary<string, string> browser) => new(browser) { ["VK_AUTO"] = "Y" };

    /// <summary>Posts a bank's answer as the bank's form or server does: no session, no anti-forgery token.</summary>
    private async Task<HttpResponseMessage> PostAnswerAsync(string route, IEnumerable<KeyValuePair<string, string>> fields) =>
        await portal.Factory.CreateClientWithoutXsrf().PostAsync($"/api/payments/{Bank}/{route}", new FormUrlEncodedContent(fields));

    private static async Task<JsonElement> CreateAsync(HttpClient member, string clientId, object body)
    {
        using var response = await member.PostAsJsonAsync($"/api/clients/{clientId}/payment-orders", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<string?> StatusAsync(HttpClient member, string clientId, string orderId) =>
        (await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/payment-orders/{orderId}")).GetProperty("status").GetString();

    private static async Task<string?> InvoicePaymentAsync(HttpClient member, string clientId, string invoiceId)
    {
        var payment = (await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/invoices/{invoiceId}")).GetProperty("invoice").GetProperty("payment");
        return payment.ValueKind == JsonValueKind.Null ? null : payment.GetProperty("state").GetString();
    }

    private static Task<JsonElement> BalanceAsync(HttpClient member, string clientId) => member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/balance");

    /// <summary>How many payment confirmations and <c>payment-order.paid</c> events the client's billing partition has put in the outbox.</summary>
    private async Task<(int Emails, int Events)> OutboxAsync(string clientId)
    {
        var billing = await portal.Service<PortalStorage>().TableAsync(StorageNames.BillingTable, CancellationToken.None);
        var rows = await billing.QueryAsync<TableEntity>(e => e.PartitionKey == $"billing|{clientId}" && e.RowKey.CompareTo("outbox|") >= 0 && e.RowKey.CompareTo("outbox}") < 0).ToListAsync();
        return (rows.Count(r => r.GetString("Payload")?.Contains("\"payment-received\"", StringComparison.Ordinal) == true),
            rows.Count(r => r.GetString("EventType") == "payment-order.paid"));
    }

    private async Task<List<AuditRecord>> TrailAsync(string clientId, string action)
    {
        var (records, _) = await portal.Service<AuditTrail>().ReadAsync(AuditTrail.ClientChain(clientId), 100, null, CancellationToken.None);
        return [.. records.Where(r => r.Action == action).Reverse()];
    }

    private async Task MoveExpiryAsync(string clientId, string orderId, DateTimeOffset expiresAt)
    {
        var billing = await portal.Service<PortalStorage>().TableAsync(StorageNames.BillingTable, CancellationToken.None);
        var order = (await billing.GetEntityAsync<TableEntity>($"billing|{clientId}", $"order|{orderId}")).Value;
        order["ExpiresAt"] = expiresAt;
        await billing.UpdateEntityAsync(order, order.ETag);
        var payments = await portal.Service<PortalStorage>().TableAsync(StorageNames.PaymentsTable, CancellationToken.None);
        await payments.UpsertEntityAsync(new TableEntity("expiring", $"{expiresAt.UtcTicks:D19}|{orderId}") { ["ClientId"] = clientId, ["Stamp"] = orderId, ["At"] = expiresAt });
    }

    private async Task<string> ClientExternalIdAsync(string clientId) =>
        (await portal.Service<Portal.Core.Clients.ClientStore>().GetAsync(clientId, CancellationToken.None))!.ExternalId!;

    /// <summary>A company with open invoices (due in the future) and a signed-in member with the finance right.</summary>
    private async Task<(HttpClient Member, string ClientId, string ClientExternalId, string[] Invoices)> ClientWithInvoicesAsync(params (string Number, decimal Amount)[] invoices)
    {
        var (clientExternalId, member, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var ids = invoices.Select(_ => $"INV-{Guid.NewGuid():N}").ToArray();
        var fed = await BillingFeedTests.FeedAsync(backOffice, "invoices", [.. invoices.Select((invoice, i) => (object)new
        {
            externalId = ids[i], version = 1, clientExternalId, number = invoice.Number, kind = "invoice", issuedOn = "2026-11-20", dueOn = "2027-01-10", amount = invoice.Amount, status = "issued",
        })]);
        Assert.All(fed, r => Assert.Equal("created", r.GetProperty("status").GetString()));
        return (member, clientId, clientExternalId, ids);
    }
}
