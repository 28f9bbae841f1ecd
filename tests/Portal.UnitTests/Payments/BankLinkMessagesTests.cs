using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using Portal.Core.Payments;
using Portal.Core.Payments.BankLink;
using Portal.UnitTests.Identity;

namespace Portal.UnitTests.Payments;

/// <summary>
/// The field order of each message, against the signed text written out by hand: our requests' MAC is over exactly that text, and an
/// answer whose MAC is over that text (signed by the test's own bank key) is what the readers accept.
/// </summary>
public sealed class BankLinkMessagesTests(BankLinkKeys keys) : IClassFixture<BankLinkKeys>
{
    private const string Return = "https://portal.test/api/payments/devbank/return";
    private static readonly DateTimeOffset _now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Payment1012_IsSignedOverItsFieldsInOrder()
    {
        using var bank = new BankLinkBank("devbank", keys.Settings());
        var request = new PaymentRequest("1234567", 15000, "EUR", "1234561", "Rēķins Nr. 1", new Uri(Return), "en", _now);

        var form = new BankLinkProvider(bank).PaymentForm(request);

        const string text = "0041012" + "003009" + "013RADIOATLAUJAS" + "0071234567" + "006150.00" + "003EUR" + "0071234561" + "012Rēķins Nr. 1"
            + "047" + Return + "047" + Return + "0242026-12-01T12:00:00+0200";
        Assert.Equal(
            ["VK_SERVICE", "VK_VERSION", "VK_SND_ID", "VK_STAMP", "VK_AMOUNT", "VK_CURR", "VK_REF", "VK_MSG", "VK_RETURN", "VK_CANCEL", "VK_DATETIME", "VK_MAC", "VK_ENCODING", "VK_LANG"],
            form.Fields.Select(f => f.Key));
        Assert.True(VerifiesAsOurs(text, Field(form.Fields, "VK_MAC")));
    }

    [Fact]
    public void SignIn4012_IsSignedOverItsFieldsInOrder()
    {
        using var bank = new BankLinkBank("devbank", keys.Settings());
        var signIn = new BankLinkSignIn(bank, new Uri("https://portal.test/api/auth/bank/devbank/return"), new MemoryUsedAssertions(), new FakeTimeProvider(_now));

        var form = signIn.SignInRedirect("ctx-1").Form!;

        var nonce = Field(form, "VK_NONCE");
        var text = "0044012" + "003009" + "013RADIOATLAUJAS" + "007DEVBANK" + "012" + nonce + "048https://portal.test/api/auth/bank/devbank/return"
            + "0242026-12-01T12:00:00+0200" + "000";
        Assert.Equal(
            ["VK_SERVICE", "VK_VERSION", "VK_SND_ID", "VK_REC_ID", "VK_NONCE", "VK_RETURN", "VK_DATETIME", "VK_RID", "VK_MAC", "VK_ENCODING", "VK_LANG"],
            form.Select(f => f.Key));
        Assert.Matches("^ctx-1\\.[A-Za-z0-9_-]{6}$", nonce);
        Assert.True(VerifiesAsOurs(text, Field(form, "VK_MAC")));
    }

    [Fact]
    public void Paid1111_SignedOverItsFieldsInOrder_IsAccepted()
    {
        var fields = new Dictionary<string, string>
        {
            ["VK_SERVICE"] = "1111", ["VK_VERSION"] = "009", ["VK_SND_ID"] = "DEVBANK", ["VK_REC_ID"] = "RADIOATLAUJAS", ["VK_STAMP"] = "1234567",
            ["VK_T_NO"] = "T-77", ["VK_AMOUNT"] = "150.00", ["VK_CURR"] = "EUR", ["VK_REC_ACC"] = "LV80BANK0000435195001", ["VK_REC_NAME"] = "ES",
            ["VK_SND_ACC"] = "LV97DEVB0000000000001", ["VK_SND_NAME"] = "LAIMA PRIEDĪTE", ["VK_REF"] = "1234561", ["VK_MSG"] = "Rēķins Nr. 1",
            ["VK_T_DATETIME"] = "2026-12-01T12:00:00+0200", ["VK_AUTO"] = "Y",
        };
        const string text = "0041111" + "003009" + "007DEVBANK" + "013RADIOATLAUJAS" + "0071234567" + "004T-77" + "006150.00" + "003EUR"
            + "021LV80BANK0000435195001" + "002ES" + "021LV97DEVB0000000000001" + "014LAIMA PRIEDĪTE" + "0071234561" + "012Rēķins Nr. 1"
            + "0242026-12-01T12:00:00+0200";
        fields["VK_MAC"] = BankLinkMac.Sign(text, keys.HandKey, HashAlgorithmName.SHA512);
        using var bank = new BankLinkBank("devbank", keys.HandSettings());

        var answer = new BankLinkProvider(bank).ReadPaymentAnswer(fields);

        Assert.True(answer.Failure is null, $"refused: {answer.Failure}");
        Assert.Equal(15000, answer.Value.Cents);
    }

    [Fact]
    public void NotPaid1911_SignedOverItsFieldsInOrder_IsAccepted()
    {
        var fields = new Dictionary<string, string>
        {
            ["VK_SERVICE"] = "1911", ["VK_VERSION"] = "009", ["VK_SND_ID"] = "DEVBANK", ["VK_REC_ID"] = "RADIOATLAUJAS", ["VK_STAMP"] = "1234567",
            ["VK_REF"] = "1234561", ["VK_MSG"] = "Rēķins Nr. 1", ["VK_LANG"] = "LAT", ["VK_ENCODING"] = "utf-8",
        };
        const string text = "0041911" + "003009" + "007DEVBANK" + "013RADIOATLAUJAS" + "0071234567" + "0071234561" + "012Rēķins Nr. 1";
        fields["VK_MAC"] = BankLinkMac.Sign(text, keys.HandKey, HashAlgorithmName.SHA512);
        using var bank = new BankLinkBank("devbank", keys.HandSettings());

        var answer = new BankLinkProvider(bank).ReadPaymentAnswer(fields);

        Assert.True(answer.Failure is null, $"refused: {answer.Failure}");
        Assert.False(answer.Value.Paid);
    }

    [Fact]
    public async Task SignedIn3013_SignedOverItsFieldsInOrder_IsAccepted()
    {
        using var bank = new BankLinkBank("devbank", keys.HandSettings());
        var signIn = new BankLinkSignIn(bank, new Uri("https://portal.test/api/auth/bank/devbank/return"), new MemoryUsedAssertions(), new FakeTimeProvider(_now));
        var nonce = Field(signIn.SignInRedirect("ctx-1").Form!, "VK_NONCE");
        var fields = new Dictionary<string, string>
        {
            ["VK_SERVICE"] = "3013", ["VK_VERSION"] = "009", ["VK_DATETIME"] = "2026-12-01T12:01:00+0200", ["VK_SND_ID"] = "DEVBANK",
            ["VK_REC_ID"] = "RADIOATLAUJAS", ["VK_NONCE"] = nonce, ["VK_USER_NAME"] = "ROZENBERGA,DACE", ["VK_USER_ID"] = "171053-16687",
            ["VK_COUNTRY"] = "LV", ["VK_OTHER"] = "", ["VK_TOKEN"] = "7", ["VK_RID"] = "",
        };
        var text = "0043013" + "003009" + "0242026-12-01T12:01:00+0200" + "007DEVBANK" + "013RADIOATLAUJAS" + "012" + nonce + "015ROZENBERGA,DACE"
            + "012171053-16687" + "002LV" + "000" + "0017" + "000";
        fields["VK_MAC"] = BankLinkMac.Sign(text, keys.HandKey, HashAlgorithmName.SHA512);

        var answer = await signIn.ReadAnswerAsync(fields, CancellationToken.None);

        Assert.True(answer.Failure is null, $"refused: {answer.Failure}");
        Assert.Equal(("ctx-1", "17105316687"), (answer.Value.Context, answer.Value.Identity.PersonalCode));
    }

    [Fact]
    public void TheMacLeavesOut_MacEncodingLanguageAndAuto()
    {
        foreach (var service in new[] { "1012", "1111", "1911", "4012", "3013" })
        {
            var order = BankLinkMessages.Order(service)!;
            Assert.Equal("VK_SERVICE", order[0]);
            Assert.Empty(order.Intersect(["VK_MAC", "VK_ENCODING", "VK_LANG", "VK_AUTO"]));
            Assert.All(order, name => Assert.True(BankLinkMessages.MaxLength.ContainsKey(name), name));
        }

        Assert.Null(BankLinkMessages.Order("1011"));
    }

    private bool VerifiesAsOurs(string text, string mac)
    {
        using var merchant = keys.MerchantPublicKey();
        return BankLinkMac.Verify(text, mac, merchant, HashAlgorithmName.SHA512);
    }

    private static string Field(IEnumerable<KeyValuePair<string, string>> fields, string name) => fields.Single(f => f.Key == name).Value;
}
