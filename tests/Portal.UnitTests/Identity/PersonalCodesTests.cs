using Portal.Core.Identity;

namespace Portal.UnitTests.Identity;

public class PersonalCodesTests
{
    [Theory]
    [InlineData("PK:32345678901", "32345678901")]
    [InlineData("32345678901", "32345678901")]
    [InlineData("323456-78901", "32345678901")]
    [InlineData("171053-16687", "17105316687")]
    [InlineData("PK:171053-16687", "17105316687")]
    [InlineData(" 17105316687 ", "17105316687")]
    [InlineData("010180-20005", "01018020005")]
    public void Normalise_Codes_GiveTheirElevenDigits(string text, string expected) => Assert.Equal(expected, PersonalCodes.Normalise(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("PK:")]
    [InlineData("3234567890")] // ten digits
    [InlineData("323456789012")] // twelve
    [InlineData("PK:3234567890A")]
    [InlineData("32345 678901")]
    [InlineData("UR:40003627089")] // a company, not a person
    [InlineData("pk:32345678901")]
    [InlineData("331053-16687")] // old form, day 33
    [InlineData("171353-16687")] // old form, month 13
    [InlineData("001053-16687")] // old form, day 0
    [InlineData("171053-36687")] // old form, century digit 3
    [InlineData("٣٢٣٤٥٦٧٨٩٠١")] // digits, but not ASCII ones
    public void Normalise_AnythingElse_IsNoCode(string? text) => Assert.Null(PersonalCodes.Normalise(text));
}
