using Portal.Core.Registrations;
using Portal.Testing;

namespace Portal.UnitTests.Registrations;

public sealed class RegistrationRulesTests
{
    private static readonly byte[] _pdf = TestPdf.Plain();

    private static RegistrationForm Natural() => new(
        "natural", "Jānis", "Bērziņš", "010190-12349", null, null, null, "Brīvības iela 1, Rīga", "janis@example.lv", "+371 20000000", "lv", 4);

    private static RegistrationForm Legal() => Natural() with
    {
        PersonKind = "legal",
        CompanyName = "SIA Radio",
        RegistrationNumber = "40003021907",
        Position = "valdes loceklis",
    };

    [Fact]
    public void Validate_CompleteNaturalPerson_Passes()
    {
        var (application, errors) = RegistrationRules.Validate(Natural(), null, currentTermsVersion: 4);

        Assert.Empty(errors);
        Assert.Equal("01019012349", application!.PersonalCode);
    }

    [Fact]
    public void Validate_CompleteLegalPersonWithPdf_Passes()
    {
        Assert.Empty(RegistrationRules.Validate(Legal(), new AuthorityDocument("pilnvara.pdf", _pdf), 4).Errors);
    }

    [Fact]
    [Trait("Clause", "2.9")]
    public void Validate_EmptyForm_NamesEveryField()
    {
        var (_, errors) = RegistrationRules.Validate(new RegistrationForm(null, null, null, null, null, null, null, null, null, null, null, null), null, 4);

        Assert.Equal(
            new[] { "acceptedTermsVersion", "address", "email", "firstName", "language", "lastName", "personKind", "personalCode", "phone" },
            errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    [Trait("Clause", "4")]
    public void Validate_OldTermsVersion_Refused()
    {
        Assert.Contains("acceptedTermsVersion", RegistrationRules.Validate(Natural() with { AcceptedTermsVersion = 3 }, null, 4).Errors.Keys);
    }

    [Theory]
    [Trait("Clause", "2.3")]
    [InlineData("")]
    [InlineData("trust")]
    [InlineData("Natural")]
    [InlineData("LEGAL")]
    public void Validate_PersonKindOtherThanNaturalOrLegal_Refused(string kind)
    {
        Assert.Contains("personKind", RegistrationRules.Validate(Natural() with { PersonKind = kind }, null, 4).Errors.Keys);
    }

    [Theory]
    [InlineData("4000302190")]
    [InlineData("400030219071")]
    [InlineData("4000302190A")]
    public void Validate_RegistrationNumberNotElevenDigits_Refused(string number)
    {
        Assert.Contains("registrationNumber", RegistrationRules.Validate(Legal() with { RegistrationNumber = number }, new AuthorityDocument("a.pdf", _pdf), 4).Errors.Keys);
    }

    [Fact]
    public void Validate_DocumentNotAPdfWhateverItsName_Refused()
    {
        var (_, errors) = RegistrationRules.Validate(Legal(), new AuthorityDocument("pilnvara.pdf", "PK\u0003\u0004 a zip"u8.ToArray()), 4);

        Assert.Contains("document", errors.Keys);
    }

    [Fact]
    public void Validate_LegalPersonWithoutDocument_Refused()
    {
        Assert.Contains("document", RegistrationRules.Validate(Legal(), null, 4).Errors.Keys);
    }

    [Fact]
    public void Validate_DocumentOver10Mb_Refused()
    {
        var big = new byte[RegistrationRules.MaxDocumentBytes + 1];
        _pdf.CopyTo(big, 0);

        Assert.Contains("document", RegistrationRules.Validate(Legal(), new AuthorityDocument("a.pdf", big), 4).Errors.Keys);
    }
}
