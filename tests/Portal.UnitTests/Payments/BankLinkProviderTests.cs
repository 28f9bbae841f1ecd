using Portal.Core.Outcomes;
using Portal.Core.Payments;
using Portal.Core.Payments.BankLink;
using Portal.Demo.BankLink;

namespace Portal.UnitTests.Payments;

/// <summary>
/// A bank as a payment provider: the request 1012 it signs, and the answers 1111 and 1911 the development bank's signer writes,
/// changed the ways a stranger or a bank's mistake would. Each refusal is checked for its reason, so a test fails when its check is gone.
/// </summary>
public sealed class BankLinkProviderTests : IClassFixture<BankLinkKeys>, IDisposable
{
    private static readonly DateTimeOffset _now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly PaymentRequest _request = new("20261201000042", 15000, "EUR", "RF18000000000539007547034", "Rēķini 26-0001, 26-0002",
        new Uri("https://portal.test/api/payments/devbank/return?order=42"), "lv", _now);

    private readonly BankLinkKeys _keys;
    private readonly BankLinkBank _bank;
    private readonly BankLinkProvider _provider;

    public BankLinkProviderTests(BankLinkKeys keys)
    {
        _keys = keys;
        _bank = new BankLinkBank("devbank", keys.Settings());
        _provider = new BankLinkProvider(_bank);
    }

    public void Dispose() => _bank.Dispose();

    private IReadOnlyDictionary<string, string> Request => _provider.PaymentForm(_request).Fields.ToDictionary(f => f.Key, f => f.Value);

    [Fact]
    public void Provider_IsTheBankByItsSettings()
    {
        Assert.Equal(("devbank", "Attīstības banka", BankLinkBankOptions.DefaultAnswerWindow), (_provider.Id, _provider.DisplayName, _provider.AnswerWindow));
    }

    [Fact]
    public void PaymentForm_GoesToTheBank_WithTheRequestsValues()
    {
        var form = _provider.PaymentForm(_request);
        var fields = form.Fields.ToDictionary(f => f.Key, f => f.Value);

        Assert.Equal(new Uri(BankLinkKeys.Url), form.Action);
        Assert.Equal(("1012", "009", DevBankSigner.MerchantId, "20261201000042"), (fields["VK_SERVICE"], fields["VK_VERSION"], fields["VK_SND_ID"], fields["VK_STAMP"]));
        Assert.Equal(("150.00", "EUR", "RF18000000000539007547034", "Rēķini 26-0001, 26-0002"), (fields["VK_AMOUNT"], fields["VK_CURR"], fields["VK_REF"], fields["VK_MSG"]));
        Assert.Equal((_request.ReturnAddress.AbsoluteUri, _request.ReturnAddress.AbsoluteUri), (fields["VK_RETURN"], fields["VK_CANCEL"]));
        Assert.Equal(("2026-12-01T12:00:00+0200", "UTF-8", "LAT"), (fields["VK_DATETIME"], fields["VK_ENCODING"], fields["VK_LANG"]));
        Assert.Null(_keys.Signer.RequestRefusal(fields));
    }

    [Theory]
    [InlineData(1, "0.01")]
    [InlineData(15050, "150.50")]
    [InlineData(123456789, "1234567.89")]
    public void PaymentForm_WritesTheCentsAsEuros(long cents, string amount)
    {
        Assert.Equal(amount, _provider.PaymentForm(_request with { Cents = cents }).Fields.Single(f => f.Key == "VK_AMOUNT").Value);
    }

    [Fact]
    public void PaymentForm_InSummer_WritesRigasSummerOffset_AndEnglishAsEng()
    {
        var fields = _provider.PaymentForm(_request with { At = new DateTimeOffset(2026, 7, 1, 9, 30, 15, TimeSpan.Zero), Language = "en" }).Fields.ToDictionary(f => f.Key, f => f.Value);

        Assert.Equal(("2026-07-01T12:30:15+0300", "ENG"), (fields["VK_DATETIME"], fields["VK_LANG"]));
    }

    [Theory]
    [InlineData(nameof(PaymentRequest.Stamp), 21)]
    [InlineData(nameof(PaymentRequest.Stamp), 0)]
    [InlineData(nameof(PaymentRequest.Reference), 36)]
    [InlineData(nameof(PaymentRequest.Message), 96)]
    public void PaymentForm_AValueThatDoesNotFitItsField_IsTheCallersMistake(string property, int length)
    {
        var value = new string('1', length);
        var request = property switch
        {
            nameof(PaymentRequest.Stamp) => _request with { Stamp = value },
            nameof(PaymentRequest.Reference) => _request with { Reference = value },
            _ => _request with { Message = value },
        };

        Assert.Throws<ArgumentException>(() => _provider.PaymentForm(request));
    }

    [Theory]
    [InlineData("Y", true)]
    [InlineData("N", false)]
    [InlineData(null, false)]
    public void Paid_IsReadExactly_FromServerByVkAuto(string? auto, bool fromServer)
    {
        var answer = Accepted(Read(Paid(), auto));

        Assert.Equal(("devbank", "20261201000042", true, 15000L, "EUR"), (answer.Provider, answer.Stamp, answer.Paid, answer.Cents, answer.Currency));
        Assert.Equal(("RF18000000000539007547034", "T-1001"), (answer.Reference, answer.TransactionId));
        Assert.Equal(_now, answer.PaidAt);
        Assert.Equal((DevBankSigner.PayerName, DevBankSigner.PayerAccount, fromServer), (answer.PayerName, answer.PayerAccount, answer.FromServer));
    }

    [Fact]
    public void NotPaid_IsReadAsNotPaid_WithItsStampAndReference()
    {
        var answer = Accepted(Read(DevBankSigner.NotPaid(Request), "N"));

        Assert.Equal(("20261201000042", false, null, null, "RF18000000000539007547034", null), (answer.Stamp, answer.Paid, answer.Cents, answer.TransactionId, answer.Reference, answer.PaidAt));
    }

    [Theory]
    [InlineData("150", 15000)]
    [InlineData("150.5", 15050)]
    [InlineData("0.01", 1)]
    [InlineData("999999999.99", 99999999999)]
    public void Paid_AmountsAsBanksWriteThem_AreCentsExactly(string amount, long cents)
    {
        var values = Paid();
        values["VK_AMOUNT"] = amount;

        Assert.Equal(cents, Accepted(Read(values)).Cents);
    }

    [Theory]
    [InlineData("150,00")]
    [InlineData("1.005")]
    [InlineData("-150.00")]
    [InlineData("+150.00")]
    [InlineData("1e3")]
    [InlineData(" 150.00")]
    [InlineData("150.00\n")]
    [InlineData("0150.00")]
    [InlineData("0.00")]
    [InlineData("150.")]
    [InlineData("")]
    public void Paid_AMalformedAmount_IsRefused(string amount)
    {
        var values = Paid();
        values["VK_AMOUNT"] = amount;

        Refused(Read(values), "VK_AMOUNT");
    }

    [Theory]
    [InlineData("VK_SND_ID", "OTHERBANK", "not the bank DEVBANK")]
    [InlineData("VK_REC_ID", "OTHERSHOP", "not our merchant id")]
    [InlineData("VK_REC_ACC", "LV97DEVB0000000000001", "not ours at the bank")]
    [InlineData("VK_VERSION", "008", "VK_VERSION")]
    [InlineData("VK_CURR", "eur", "VK_CURR")]
    [InlineData("VK_T_NO", "", "VK_T_NO")]
    [InlineData("VK_STAMP", "", "VK_STAMP")]
    [InlineData("VK_STAMP", "123456789012345678901", "VK_STAMP is longer than 20")]
    [InlineData("VK_T_DATETIME", "2026-12-01 12:00:00", "VK_T_DATETIME")]
    public void Paid_AFieldThatDoesNotHold_IsRefused_EvenSignedByTheBank(string field, string value, string reason)
    {
        var values = Paid();
        values[field] = value;

        Refused(Read(values), reason);
    }

    [Fact]
    public void Paid_AccountWrittenWithSpaces_IsOurs()
    {
        var values = Paid();
        values["VK_REC_ACC"] = "LV80 BANK 0000 4351 9500 1";

        Assert.True(Accepted(Read(values)).Paid);
    }

    [Fact]
    public void Paid_AChangedField_BreaksTheMac()
    {
        var fields = _keys.Signer.Sign(Paid(), "Y").ToDictionary(f => f.Key, f => f.Value);
        fields["VK_AMOUNT"] = "1500.00";

        Refused(_provider.ReadPaymentAnswer(fields), "does not verify with the bank's pinned certificate");
    }

    [Fact]
    public void Paid_SignedByAnotherKey_IsRefused()
    {
        var fields = _keys.Stranger.Sign(Paid(), "Y").ToDictionary(f => f.Key, f => f.Value);

        Refused(_provider.ReadPaymentAnswer(fields), "does not verify with the bank's pinned certificate");
    }

    [Theory]
    [InlineData("VK_T_DATETIME")]
    [InlineData("VK_SND_NAME")]
    [InlineData("VK_MAC")]
    public void Paid_AFieldMissing_IsRefusedNamingIt(string field)
    {
        var fields = _keys.Signer.Sign(Paid(), "Y").ToDictionary(f => f.Key, f => f.Value);
        fields.Remove(field);

        Refused(_provider.ReadPaymentAnswer(fields), $"has no {field}");
    }

    [Theory]
    [InlineData("VK_SERVICE", "1101", "VK_SERVICE")]
    [InlineData("VK_AUTO", "X", "VK_AUTO")]
    [InlineData("VK_ENCODING", "ISO-8859-1", "VK_ENCODING")]
    [InlineData("VK_MAC", "not base64", "does not verify")]
    public void Paid_AFieldBesideTheMacThatDoesNotHold_IsRefused(string field, string value, string reason)
    {
        var fields = _keys.Signer.Sign(Paid(), "Y").ToDictionary(f => f.Key, f => f.Value);
        fields[field] = value;

        Refused(_provider.ReadPaymentAnswer(fields), reason);
    }

    [Fact]
    public void NoFieldsAtAll_IsRefused_WithoutThrowing()
    {
        Refused(_provider.ReadPaymentAnswer(new Dictionary<string, string>()), "VK_SERVICE");
    }

    private Dictionary<string, string> Paid() => DevBankSigner.Paid(Request, "T-1001", _now);

    private Outcome<PaymentAnswer> Read(IReadOnlyDictionary<string, string> values, string? auto = "Y") =>
        _provider.ReadPaymentAnswer(_keys.Signer.Sign(values, auto).ToDictionary(f => f.Key, f => f.Value));

    private static PaymentAnswer Accepted(Outcome<PaymentAnswer> answer)
    {
        Assert.True(answer.Failure is null, $"refused: {answer.Failure}");
        return answer.Value;
    }

    private static void Refused(Outcome<PaymentAnswer> answer, string reason)
    {
        var refused = Assert.IsType<PaymentAnswerRefused>(answer.Failure);
        Assert.Equal("devbank", refused.Provider);
        Assert.Contains(reason, refused.Reason, StringComparison.Ordinal);
    }
}
