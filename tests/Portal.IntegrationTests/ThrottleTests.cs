using Portal.Core.Privacy;
using Portal.Core.Storage;

namespace Portal.IntegrationTests;

/// <summary>Counters shared by every instance of the app: each instance remembers what it wrote last, and must not count wrong for it.</summary>
[Collection(PortalCollection.Name)]
public sealed class ThrottleTests(PortalFixture portal)
{
    private static readonly TimeSpan _window = TimeSpan.FromHours(1);

    [Fact]
    public async Task TwoInstances_CountEveryUse_AndRefuseAtTheLimit_ThoughEachRemembersAnOlderCount()
    {
        var one = NewInstance();
        var other = NewInstance();
        var key = $"throttle-test|{Guid.NewGuid():N}";

        Assert.True(await one.TryHitAsync(key, limit: 4, _window, CancellationToken.None));
        Assert.True(await other.TryHitAsync(key, limit: 4, _window, CancellationToken.None));
        Assert.True(await one.TryHitAsync(key, limit: 4, _window, CancellationToken.None)); // its memory says 1; storage says 2
        Assert.True(await other.TryHitAsync(key, limit: 4, _window, CancellationToken.None)); // its memory says 2; storage says 3

        Assert.False(await one.TryHitAsync(key, limit: 4, _window, CancellationToken.None));
        Assert.False(await other.TryHitAsync(key, limit: 4, _window, CancellationToken.None));
        Assert.False(await NewInstance().TryHitAsync(key, limit: 4, _window, CancellationToken.None));
    }

    [Fact]
    public async Task ParallelUses_InOneInstance_AreEachCountedOnce()
    {
        var throttle = NewInstance();
        var key = $"throttle-test|{Guid.NewGuid():N}";
        Assert.True(await throttle.TryHitAsync(key, limit: 10, _window, CancellationToken.None));

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => throttle.TryHitAsync(key, limit: 10, _window, CancellationToken.None)));

        Assert.Equal(9, results.Count(allowed => allowed));
    }

    private Throttle NewInstance() =>
        new(portal.Service<PortalStorage>(), portal.Service<RetentionIndex>(), TimeProvider.System);
}
