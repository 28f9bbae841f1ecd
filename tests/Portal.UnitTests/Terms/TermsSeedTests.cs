using System.Text;
using Portal.Core.Terms;
using Portal.Testing;

namespace Portal.UnitTests.Terms;

public sealed class TermsSeedTests
{
    [Fact]
    [Trait("Clause", "37")]
    public void History_ListsTheFourVersionsOfClause37()
    {
        Assert.Equal([1, 2, 3, 4], TermsSeed.History.Select(v => v.Version));
        Assert.Equal(
            [new DateOnly(2017, 12, 19), new DateOnly(2019, 6, 11), new DateOnly(2022, 6, 7), new DateOnly(2023, 4, 18)],
            TermsSeed.History.Select(v => v.ApprovedOn));
    }

    [Fact]
    public void History_OnlyVersion4IsInForceAndHasText()
    {
        var withText = Assert.Single(TermsSeed.History, v => v.TextAvailable);
        Assert.Equal(4, withText.Version);
        Assert.Equal(4, Assert.Single(TermsSeed.History, v => v.InForce).Version);
    }

    [Fact]
    public void CurrentText_IsTheShippedFileAndMatchesItsHash()
    {
        var shipped = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "functions", "Portal.Core", "Terms", "Data", "klientu-portala-lietosanas-noteikumi-v4.txt"));

        Assert.Equal(shipped, TermsSeed.CurrentText());
        Assert.Equal(TermsText.Sha256Of(shipped), TermsSeed.History.Single(v => v.Version == 4).Sha256);
        var text = Encoding.UTF8.GetString(shipped);
        Assert.Contains("Klientu portāla lietošanas noteikumi", text, StringComparison.Ordinal);
        Assert.Contains("info@vases.lv", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sha256Of_KnownInput_IsLowerCaseHex()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TermsText.Sha256Of("abc"u8));
    }
}
