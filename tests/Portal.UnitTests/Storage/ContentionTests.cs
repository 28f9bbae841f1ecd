using Azure;
using Portal.Core.Storage;

namespace Portal.UnitTests.Storage;

public sealed class ContentionTests
{
    [Fact]
    public async Task BeforeRetry_WaitsBriefly_ThenGivesUpAtTheBound()
    {
        await Contention.BeforeRetryAsync(1, "The row", CancellationToken.None);
        await Contention.BeforeRetryAsync(Contention.MaxConflicts - 1, "The row", CancellationToken.None);

        var gaveUp = await Assert.ThrowsAsync<StorageContendedException>(() => Contention.BeforeRetryAsync(Contention.MaxConflicts, "The row", CancellationToken.None));
        Assert.StartsWith("The row", gaveUp.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(409, true)]
    [InlineData(412, true)]
    [InlineData(404, false)]
    [InlineData(503, false)]
    public void IsConflict_OnlyAnotherWritersChange(int status, bool conflict)
    {
        Assert.Equal(conflict, Contention.IsConflict(new RequestFailedException(status, "status")));
    }
}
