using Portal.Core.Terms;

namespace Portal.UnitTests.Terms;

public sealed class TermsVersionNumberTests
{
    [Theory]
    [InlineData("1", 1)]
    [InlineData("4", 4)]
    [InlineData("2147483647", int.MaxValue)]
    public void TryParse_PositiveInteger_Accepted(string text, int expected)
    {
        Assert.True(TermsVersionNumber.TryParse(text, out var version));
        Assert.Equal(expected, version);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("+4")]
    [InlineData(" 4")]
    [InlineData("4.0")]
    [InlineData("four")]
    [InlineData("2147483648")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotAPositiveInteger_Refused(string? text)
    {
        Assert.False(TermsVersionNumber.TryParse(text, out _));
    }
}
