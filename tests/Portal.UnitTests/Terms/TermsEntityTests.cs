using Portal.Core.Terms;

namespace Portal.UnitTests.Terms;

public sealed class TermsEntityTests
{
    [Fact]
    public void RowKeyFor_NewerVersion_SortsFirst()
    {
        var keys = new[] { 1, 4, 10, 3 }.Select(TermsEntity.RowKeyFor).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(new[] { 10, 4, 3, 1 }.Select(TermsEntity.RowKeyFor), keys);
    }

    [Fact]
    public void From_ThenToVersion_RoundTrips()
    {
        var version = TermsSeed.History[3];

        Assert.Equal(version, TermsEntity.From(version, "v4/noteikumi.txt").ToVersion());
    }
}
