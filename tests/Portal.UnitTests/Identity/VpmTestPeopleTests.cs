using Portal.Core.Identity;
using Portal.Core.Identity.Vpm;
using Portal.Demo;
using Portal.Demo.Vpm;

namespace Portal.UnitTests.Identity;

/// <summary>The stand-in's test people: well formed, and matching the demo data they are meant to match.</summary>
public class VpmTestPeopleTests
{
    [Fact]
    public void Keys_AreTheOnesTheTestsAndDevUpUse_EachOnce() =>
        Assert.Equal(["older-code", "new-client", "password-user", "unknown", "signatory"], VpmTestPeople.All.Select(p => p.Key));

    [Fact]
    public void EveryPerson_HasANameIdentifierThePortalReads_WithTheirCurrentCode()
    {
        foreach (var person in VpmTestPeople.All)
        {
            var name = VpmNameIdentifier.Parse(person.NameIdentifier);
            Assert.NotNull(name);
            Assert.Equal(person.CurrentCode, name.PersonalCode);
            Assert.All(person.PreviousCodes.Append(person.CurrentCode), code => Assert.Equal(code, PersonalCodes.Normalise(code)));
        }
    }

    [Fact]
    public void NewClient_IsTheFirstGeneratedDemoPerson()
    {
        // The demo feeds FeedGenerator.Demo with the seed 2026 (DemoClients); its persons do not depend on the day.
        var person = FeedGenerator.Demo(2026, new DateOnly(2026, 12, 1)).Clients.First(c => c.Kind == "natural");

        Assert.Equal(VpmTestPeople.NewClientCode, PersonalCodes.Normalise(person.PersonalCode));
        Assert.Equal("Dace Rozenberga", person.Name);
    }

    [Fact]
    public void MadeUpCodes_AreInNoGeneratedDemoClient()
    {
        var generated = FeedGenerator.Demo(2026, new DateOnly(2026, 12, 1)).Clients.Select(c => PersonalCodes.Normalise(c.PersonalCode)).ToHashSet();

        Assert.DoesNotContain(VpmTestPeople.OlderCodeCurrent, generated);
        Assert.DoesNotContain(VpmTestPeople.OlderCodePrevious, generated);
        Assert.DoesNotContain(VpmTestPeople.UnknownCode, generated);
        Assert.DoesNotContain(VpmTestPeople.SignatoryCode, generated);
    }

    [Fact]
    public void OldFormCodes_PassTheChecksumATypedCodeIsHeldTo()
    {
        Assert.Equal(VpmTestPeople.OlderCodePrevious, Portal.Core.Registrations.PersonalCode.Normalize("150378-11002"));
        Assert.Equal(VpmTestPeople.SignatoryCode, Portal.Core.Registrations.PersonalCode.Normalize("090469-11004"));
    }
}
