using Portal.Core.Accounts;

namespace Portal.UnitTests.Accounts;

public class PersonNameTests
{
    [Theory]
    [InlineData("Anna")]
    [InlineData("Bērziņa-Kalniņa")]
    [InlineData("O'Brien")]
    [InlineData("O’Brien")]
    [InlineData("J. R.")]
    [InlineData("Алексей")]
    [InlineData("Zoe\u0308")]
    public void Check_Names_Accepted(string name) => Assert.Null(PersonName.Check(name));

    [Theory]
    [InlineData("Anna <a href=\"https://evil.example\">click</a>")]
    [InlineData("Visit https://evil.example now")]
    [InlineData("Anna\r\nBcc: eve@example.lv")]
    [InlineData("Anna2")]
    [InlineData("Anna_B")]
    [InlineData("Anna!")]
    public void Check_FreeText_Refused(string name) => Assert.Equal(PersonName.Invalid, PersonName.Check(name));

    [Fact]
    public void Check_Empty_Required() => Assert.Equal("This field is required.", PersonName.Check("  "));

    [Theory]
    [InlineData("DACE", "Dace")]
    [InlineData("ROZENBERGA", "Rozenberga")]
    [InlineData("ANNA-MARIJA", "Anna-Marija")]
    [InlineData("JĀNIS PĒTERIS", "Jānis Pēteris")]
    [InlineData("BĒRZIŅŠ", "Bērziņš")]
    [InlineData("O'BRIEN", "O'Brien")]
    [InlineData("McDonald", "McDonald")]
    public void AsWritten_TheRegistersCapitals_AsPeopleWriteThem(string sent, string written) =>
        Assert.Equal(written, PersonName.AsWritten(sent));
}
