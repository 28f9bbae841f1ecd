using Portal.Core.Identity;
using Portal.Core.Storage;

namespace Portal.UnitTests.Identity;

/// <summary>A pending sign-in's identity is readable only with its state: storage holds the state's hash, never the state.</summary>
public sealed class SealedIdentityTests
{
    private static readonly ExternalIdentity _person = new(
        "vpm", "PK:32345678901", "32345678901", ["01017012345"], "Jānis", "Bērziņš", null, "eID karte", "high");

    [Fact]
    public void Open_WithTheState_GivesTheIdentityBack()
    {
        var state = RandomTokens.New();

        var opened = SealedIdentity.Open(state, SealedIdentity.Seal(state, _person));

        Assert.NotNull(opened);
        Assert.Equal(_person.Subject, opened.Subject);
        Assert.Equal(_person.PersonalCode, opened.PersonalCode);
        Assert.Equal(_person.PreviousCodes, opened.PreviousCodes);
        Assert.Equal(_person.GivenName, opened.GivenName);
    }

    [Fact]
    public void Seal_HoldsNoCodeInClear_AndDiffersEachTime()
    {
        var state = RandomTokens.New();

        var first = SealedIdentity.Seal(state, _person);
        var second = SealedIdentity.Seal(state, _person);

        Assert.DoesNotContain("32345678901", first, StringComparison.Ordinal);
        Assert.DoesNotContain("32345678901", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(first)), StringComparison.Ordinal);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Open_WithAnotherState_IsNothing()
    {
        var sealedText = SealedIdentity.Seal(RandomTokens.New(), _person);

        Assert.Null(SealedIdentity.Open(RandomTokens.New(), sealedText));
    }

    [Fact]
    public void Open_AChangedText_IsNothing()
    {
        var state = RandomTokens.New();
        var bytes = Convert.FromBase64String(SealedIdentity.Seal(state, _person));
        bytes[20] ^= 1;

        Assert.Null(SealedIdentity.Open(state, Convert.ToBase64String(bytes)));
        Assert.Null(SealedIdentity.Open(state, Convert.ToBase64String(bytes.AsSpan(0, 10).ToArray())));
    }
}
