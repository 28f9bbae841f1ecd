using Microsoft.Extensions.Options;
using Portal.Core.Accounts;

namespace Portal.UnitTests.Accounts;

public sealed class PasswordPolicyTests
{
    private static readonly CommonPasswords _common = new();
    private readonly PasswordPolicy _policy = new(Options.Create(new AccountOptions()), _common);

    [Theory]
    [Trait("Clause", "15.2")]
    [InlineData("Zvaigz1", PasswordRule.TooShort)]
    [InlineData("Zvaigzn1", null)]
    public void Check_LengthBoundaryAt8(string password, PasswordRule? expected)
    {
        var broken = _policy.Check(password, "janis@example.lv");

        Assert.Equal(expected is { } rule ? [rule] : [], broken);
    }

    [Fact]
    public void Check_LengthBoundaryAt128()
    {
        var at128 = "Kalns7" + new string('x', 122);
        var at129 = at128 + "x";

        Assert.Empty(_policy.Check(at128, "janis@example.lv"));
        Assert.Equal([PasswordRule.TooLong], _policy.Check(at129, "janis@example.lv"));
    }

    [Theory]
    [InlineData("ābolšķēle9")]
    [InlineData("čūskaŽŅ42")]
    [InlineData("привет2025")]
    [InlineData("ψηφίο12345")]
    public void Check_LettersOfAnyAlphabet_Count(string password)
    {
        Assert.Empty(_policy.Check(password, "janis@example.lv"));
    }

    [Fact]
    [Trait("Clause", "15.2")]
    public void Check_NoLetter_Refused()
    {
        Assert.Contains(PasswordRule.NeedsLetter, _policy.Check("73915820", "janis@example.lv"));
    }

    [Fact]
    [Trait("Clause", "15.2")]
    public void Check_NoDigit_Refused()
    {
        Assert.Equal([PasswordRule.NeedsDigit], _policy.Check("ZilaisKalns", "janis@example.lv"));
    }

    [Fact]
    public void Check_ContainsTheEmailName_Refused()
    {
        Assert.Contains(PasswordRule.ContainsEmailName, _policy.Check("xJanis2024x", "janis@example.lv"));
    }

    [Theory]
    [InlineData("password1")]
    [InlineData("Password1")]
    [InlineData("qwerty123")]
    public void Check_AmongTheCommonPasswords_Refused(string password)
    {
        Assert.Contains(PasswordRule.TooCommon, _policy.Check(password, "janis@example.lv"));
    }

    [Fact]
    public void Check_OneOfTheRecentPasswords_Refused()
    {
        Assert.Equal([PasswordRule.RecentlyUsed], _policy.Check("Zvaigzne42", "janis@example.lv", p => p == "Zvaigzne42"));
    }

    [Fact]
    public void CommonPasswords_ShipsTenThousand()
    {
        Assert.Equal(10_000, _common.Count);
    }
}
