using Portal.Core.Identity.Vpm;

namespace Portal.UnitTests.Identity;

public class VpmNameIdentifierTests
{
    [Fact]
    public void Parse_Person_IsThePkSegment()
    {
        var name = VpmNameIdentifier.Parse("PK:32345678901")!;

        Assert.Equal(("PK:32345678901", "32345678901", null, null, null), (name.Text, name.PersonalCode, name.CompanyRegistrationNumber, name.Institution, name.Principal));
    }

    [Fact]
    public void Parse_CompanySignatory_GivesThePersonAndTheCompany()
    {
        var name = VpmNameIdentifier.Parse("PK:07017010000-UR:40003627089")!;

        Assert.Equal(("07017010000", "40003627089"), (name.PersonalCode, name.CompanyRegistrationNumber));
    }

    [Fact]
    public void Parse_InstitutionsEmployee_GivesThePersonAndTheInstitution()
    {
        var name = VpmNameIdentifier.Parse("AU:100001-PK:10098610000")!;

        Assert.Equal(("10098610000", "100001", null), (name.PersonalCode, name.Institution, name.CompanyRegistrationNumber));
    }

    [Theory]
    [InlineData("DP:01127612344-PK:07017010000", "01127612344")]
    [InlineData("DP:40003627089-PK:07017010000", "40003627089")]
    [InlineData("DP:100001-PK:07017010000", "100001")]
    public void Parse_ActingForAnother_ThePersonIsTheOneActing(string text, string principal)
    {
        var name = VpmNameIdentifier.Parse(text)!;

        Assert.Equal(("07017010000", principal), (name.PersonalCode, name.Principal));
    }

    [Fact]
    public void Parse_OldFormCodeWithItsHyphen_IsOneSegment()
    {
        var name = VpmNameIdentifier.Parse("PK:171053-16687-UR:40003000001")!;

        Assert.Equal(("17105316687", "40003000001"), (name.PersonalCode, name.CompanyRegistrationNumber));
    }

    [Theory]
    [InlineData("")]
    [InlineData("AU:100001")] // a system: no person
    [InlineData("veider@inbox.lv")] // an unconfirmed identity: no person
    [InlineData("UR:40003627089")]
    [InlineData("PK:32345678901-PK:32345678902")] // two persons
    [InlineData("PK:32345678901-XX:1")] // an unknown part
    [InlineData("PK:12345")] // not a code
    [InlineData("PK:32345678901-UR:4000362708")] // a registration number of ten digits
    [InlineData("PK:32345678901-")]
    [InlineData("PK:32345678901 UR:40003627089")]
    [InlineData("pk:32345678901")]
    public void Parse_OtherShapes_AreNotUnderstood(string text) => Assert.Null(VpmNameIdentifier.Parse(text));
}
