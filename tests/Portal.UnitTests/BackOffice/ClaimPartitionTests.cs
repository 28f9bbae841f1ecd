using Portal.Core.BackOffice;

namespace Portal.UnitTests.BackOffice;

/// <summary>
/// Where an external id's claim lives (docs/ARCHITECTURE.md, "Billing" and "Permits"): one of four partitions
/// of its kind, by its SHA-256. Stored claims are found only where they were written, so the rule is pinned.
/// </summary>
public sealed class ClaimPartitionTests
{
    [Theory]
    [InlineData("invoice", "INV-1", "invoice-ext|2")]
    [InlineData("invoice", "GEN7-BIG-INV-000001", "invoice-ext|1")]
    [InlineData("permit", "AT-2026-00101", "permit-ext|1")]
    public void ClaimPartition_OfAnExternalId_IsTheFirstByteOfItsHashModuloFour(string kind, string externalId, string partition) =>
        Assert.Equal(partition, PartitionFeed.ClaimPartition(kind, externalId));

    [Fact]
    public void ClaimPartition_OfManyIds_UsesEachOfTheFourPartitions() =>
        Assert.Equal(
            ["invoice-ext|0", "invoice-ext|1", "invoice-ext|2", "invoice-ext|3"],
            Enumerable.Range(0, 1000).Select(i => PartitionFeed.ClaimPartition("invoice", $"INV-{i}")).Distinct().Order(StringComparer.Ordinal));
}
