using Portal.Core.Registrations;

namespace Portal.UnitTests.Registrations;

public sealed class PersonalCodeTests
{
    [Theory]
    [InlineData("010190-12349", "01019012349")]
    [InlineData("01019012349", "01019012349")]
    [InlineData(" 311285-10002 ", "31128510002")]
    [InlineData("150699-14321", "15069914321")]
    [InlineData("321234-56789", "32123456789")]
    [InlineData("32000000000", "32000000000")]
    public void Normalize_ValidCode_GivesItsDigits(string text, string expected)
    {
        Assert.Equal(expected, PersonalCode.Normalize(text));
    }

    [Theory]
    [InlineData("010190-12348")] // wrong checksum
    [InlineData("290200-15550")] // the checksum would have to be 10: no such code
    [InlineData("310290-12340")] // 31 February
    [InlineData("011390-12340")] // month 13
    [InlineData("010190-32349")] // century digit 3
    [InlineData("010190_12349")]
    [InlineData("0101901234")]
    [InlineData("abcdefghijk")]
    [InlineData("")]
    [InlineData(null)]
    public void Normalize_InvalidCode_Null(string? text)
    {
        Assert.Null(PersonalCode.Normalize(text));
    }
}
