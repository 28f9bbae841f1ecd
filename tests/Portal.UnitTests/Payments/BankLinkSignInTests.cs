using Microsoft.Extensions.Time.Testing;
using Portal.Core.Identity;
using Portal.Core.Outcomes;
using Portal.Core.Payments.BankLink;
using Portal.Demo.BankLink;
using Portal.UnitTests.Identity;

namespace Portal.UnitTests.Payments;

/// <summary>
/// Entry from a bank: the request 4012 and the development bank's answers 3013 to it, changed the ways a replay, a clock or another
/// site's request would. Each refusal is checked for its reason.
/// </summary>
public sealed class BankLinkSignInTests : IClassFixture<BankLinkKeys>, IDisposable
{
    private const string Context = "Xy3_kq-9ZrT0vbUwmN1aLpQeS2dFgH4jK6lO8iCtYuE";
    private static readonly DateTimeOffset _now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly Uri _return = new("https://portal.test/api/auth/bank/devbank/return");

    private readonly BankLinkKeys _keys;
    private readonly BankLinkBank _bank;
    private readonly FakeTimeProvider _time = new(_now);
    private readonly MemoryUsedAssertions _used = new();
    private readonly BankLinkSignIn _signIn;

    public BankLinkSignInTests(BankLinkKeys keys)
    {
        _keys = keys;
        _bank = new BankLinkBank("devbank", keys.Settings());
        _signIn = new BankLinkSignIn(_bank, _return, _used, _time);
    }

    public void Dispose() => _bank.Dispose();

    private Dictionary<string, string> Request(string context = Context) => _signIn.SignInRedirect(context).Form!.ToDictionary(f => f.Key, f => f.Value);

    public static TheoryData<string> People => [.. DevBankPeople.All.Select(p => p.Key)];

    [Fact]
    public void SignInRedirect_PostsASignedRequestToTheBank_CarryingTheContext()
    {
        var redirect = _signIn.SignInRedirect(Context);
        var fields = redirect.Form!.ToDictionary(f => f.Key, f => f.Value);

        Assert.Equal(new Uri(BankLinkKeys.Url), redirect.Address);
        Assert.Equal(("4012", DevBankSigner.MerchantId, DevBankSigner.BankId), (fields["VK_SERVICE"], fields["VK_SND_ID"], fields["VK_REC_ID"]));
        Assert.Equal((_return.AbsoluteUri, "2026-12-01T12:00:00+0200", ""), (fields["VK_RETURN"], fields["VK_DATETIME"], fields["VK_RID"]));
        Assert.StartsWith($"{Context}.", fields["VK_NONCE"], StringComparison.Ordinal);
        Assert.Equal(50, fields["VK_NONCE"].Length);
        Assert.Null(_keys.Signer.RequestRefusal(fields));
        Assert.Equal(("devbank", true), (_signIn.Provider, _signIn.Configured));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Xy3_kq-9ZrT0vbUwmN1aLpQeS2dFgH4jK6lO8iCtYuE1")]
    [InlineData("a.b")]
    [InlineData("ā")]
    public void SignInRedirect_AContextThatDoesNotFitTheNonce_IsTheCallersMistake(string context)
    {
        Assert.Throws<ArgumentException>(() => _signIn.SignInRedirect(context));
    }

    [Theory]
    [MemberData(nameof(People))]
    public async Task EachTestPerson_TheAnswer_IsTheirIdentity_AndTheContext(string key)
    {
        var person = DevBankPeople.Find(key)!;
        var vpm = Portal.Demo.Vpm.VpmTestPeople.Find(key)!;

        var answer = Accepted(await ReadAsync(DevBankSigner.SignedIn(Request(), person, _now)));

        var identity = answer.Identity;
        Assert.Equal(Context, answer.Context);
        Assert.Equal(("devbank", $"DEVBANK:PK:{vpm.CurrentCode}", vpm.CurrentCode), (identity.Provider, identity.Subject, identity.PersonalCode));
        Assert.Equal((vpm.GivenName, vpm.Surname), (identity.GivenName.ToUpperInvariant(), identity.Surname.ToUpperInvariant()));
        Assert.Equal(($"DEVBANK/{person.Token}", null), (identity.AuthenticationMethod, identity.CompanyRegistrationNumber));
        Assert.Empty(identity.PreviousCodes);
    }

    [Theory]
    [InlineData("BĒRZIŅŠ,JĀNIS", "JĀNIS", "BĒRZIŅŠ")]
    [InlineData("KALNIŅA, ANNA MARIJA", "ANNA MARIJA", "KALNIŅA")]
    [InlineData("Anna Marija Kalniņa", "Anna Marija", "Kalniņa")]
    [InlineData("  Jānis   Bērziņš ", "Jānis", "Bērziņš")]
    public void Name_ReadsBothWaysBanksWriteIt(string text, string given, string surname)
    {
        Assert.Equal((given, surname), BankLinkSignIn.Name(text));
    }

    [Theory]
    [InlineData("BĒRZIŅŠ")]
    [InlineData("BĒRZIŅŠ,")]
    [InlineData(",JĀNIS")]
    [InlineData("A,B,C")]
    [InlineData("")]
    public void Name_WithoutTwoParts_IsNone(string text)
    {
        Assert.Null(BankLinkSignIn.Name(text));
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(5)]
    public async Task Answer_FiveMinutesFromNow_IsStillIn(int minutes)
    {
        Accepted(await ReadAsync(Answer(at: _now.AddMinutes(minutes))));
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    [InlineData(-120)]
    public async Task Answer_MoreThanFiveMinutesFromNow_IsRefused(int minutes)
    {
        Refused(await ReadAsync(Answer(at: _now.AddMinutes(minutes))), "more than 5 minutes from now");
    }

    [Fact]
    public async Task Answer_UsedAgain_IsRefused_AndItsNonceKeptUntilItCouldNoLongerPass()
    {
        var answer = Answer();

        Accepted(await ReadAsync(answer));
        Refused(await ReadAsync(answer), "used already");

        Assert.Equal(_now + BankLinkSignIn.AnswerWindow, Assert.Single(_used.Used).Value);
    }

    [Fact]
    public async Task Answer_WithAnotherContextsNonce_IsRefused()
    {
        var values = Answer();
        values["VK_NONCE"] = $"Another-context.{values["VK_NONCE"][(Context.Length + 1)..]}";

        Refused(await ReadAsync(values), "not one this portal sent");
    }

    [Fact]
    public async Task Answer_ToARequestAnotherMerchantKeySent_IsRefused()
    {
        // Another site with the same agreement but its own key: the bank signs its answer, the tag is not ours.
        var stranger = _keys.Settings();
        stranger.PrivateKey = _keys.Stranger.MerchantPrivateKeyPem;
        using var otherBank = new BankLinkBank("devbank", stranger);
        var otherSite = new BankLinkSignIn(otherBank, _return, new MemoryUsedAssertions(), _time);
        var request = otherSite.SignInRedirect(Context).Form!.ToDictionary(f => f.Key, f => f.Value);

        Refused(await ReadAsync(DevBankSigner.SignedIn(request, DevBankPeople.All[0], _now)), "not one this portal sent");
    }

    [Theory]
    [InlineData("VK_NONCE", "no-point-at-all", "not one this portal sent")]
    [InlineData("VK_SND_ID", "OTHERBANK", "not the bank DEVBANK")]
    [InlineData("VK_REC_ID", "OTHERSHOP", "not our merchant id")]
    [InlineData("VK_VERSION", "008", "VK_VERSION")]
    [InlineData("VK_DATETIME", "2026-12-01T12:00:00", "VK_DATETIME")]
    [InlineData("VK_COUNTRY", "EE", "not Latvia")]
    [InlineData("VK_USER_ID", "38001085718", "not a Latvian personal code")]
    [InlineData("VK_USER_NAME", "ROZENBERGA", "VK_USER_NAME")]
    [InlineData("VK_USER_NAME", "A NAME LONGER THAN THE ONE HUNDRED AND FORTY CHARACTERS A BANK MAY SEND, WHICH NO BANK SENDS, AND SO NONE IS TAKEN FROM AN ANSWER. THE VERY END", "longer than 140")]
    public async Task Answer_AFieldThatDoesNotHold_IsRefused_EvenSignedByTheBank(string field, string value, string reason)
    {
        var values = Answer();
        values[field] = value;

        Refused(await ReadAsync(values), reason);
        Assert.Empty(_used.Used);
    }

    [Fact]
    public async Task Answer_AChangedField_OrAnotherBanksKey_IsRefused()
    {
        var changed = _keys.Signer.Sign(Answer()).ToDictionary(f => f.Key, f => f.Value);
        changed["VK_USER_ID"] = "32000000001";
        var stranger = _keys.Stranger.Sign(Answer()).ToDictionary(f => f.Key, f => f.Value);

        Refused(await _signIn.ReadAnswerAsync(changed, CancellationToken.None), "does not verify with the bank's pinned certificate");
        Refused(await _signIn.ReadAnswerAsync(stranger, CancellationToken.None), "does not verify with the bank's pinned certificate");
    }

    [Fact]
    public async Task Answer_APaymentsAnswer_IsRefused_AsIsAMissingField()
    {
        var missing = _keys.Signer.Sign(Answer()).ToDictionary(f => f.Key, f => f.Value);
        missing.Remove("VK_RID");
        var paid = new Dictionary<string, string> { ["VK_SERVICE"] = "1111" };

        Refused(await _signIn.ReadAnswerAsync(missing, CancellationToken.None), "has no VK_RID");
        Refused(await _signIn.ReadAnswerAsync(paid, CancellationToken.None), "VK_SERVICE");
    }

    private Dictionary<string, string> Answer(DateTimeOffset? at = null) => DevBankSigner.SignedIn(Request(), DevBankPeople.All[1], at ?? _now);

    private Task<Outcome<ExternalAnswer>> ReadAsync(IReadOnlyDictionary<string, string> values) =>
        _signIn.ReadAnswerAsync(_keys.Signer.Sign(values).ToDictionary(f => f.Key, f => f.Value), CancellationToken.None);

    private static ExternalAnswer Accepted(Outcome<ExternalAnswer> answer)
    {
        Assert.True(answer.Failure is null, $"refused: {answer.Failure}");
        return answer.Value;
    }

    private static void Refused(Outcome<ExternalAnswer> answer, string reason)
    {
        var refused = Assert.IsType<ExternalAnswerRefused>(answer.Failure);
        Assert.Equal("devbank", refused.Provider);
        Assert.Contains(reason, refused.Reason, StringComparison.Ordinal);
    }
}
