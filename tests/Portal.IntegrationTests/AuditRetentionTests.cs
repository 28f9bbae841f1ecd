using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.Core.Audit;
using Portal.Core.Privacy;
using Portal.Core.Storage;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>Audit trails kept for their period from the end of each record's year, then deleted by whole closed years (§23.3, §9).</summary>
public sealed class AuditRetentionTests : IAsyncLifetime
{
    private static readonly AuditOrigin _origin = new("192.0.2.7", "test", "retention");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2020, 6, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly IsolatedPortal _portal;

    public AuditRetentionTests()
    {
        _portal = new IsolatedPortal(services => services.AddSingleton<TimeProvider>(_time));
    }

    public Task InitializeAsync() => _portal.InitializeAsync();

    public Task DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    [Trait("Clause", "23.3")]
    public async Task AClosedYear_PastItsPeriod_IsDeleted_TheChainsGoOnAndStillVerify()
    {
        var trail = _portal.Service<AuditTrail>();
        var verifier = _portal.Service<AuditVerifier>();
        var retention = _portal.Service<AuditRetention>();
        var grown = $"user|retention-{Guid.NewGuid():N}";
        var quiet = $"user|retention-{Guid.NewGuid():N}";
        for (var i = 0; i < 3; i++)
        {
            await AppendAsync(trail, grown, $"2020-{i}");
        }

        await AppendAsync(trail, quiet, "2020-only");
        _time.SetUtcNow(new DateTimeOffset(2021, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await AppendAsync(trail, grown, "2021-a");
        await AppendAsync(trail, grown, "2021-b");

        // A day before 2020's period ends nothing goes; a day after, 2020 goes and 2021 stays.
        var period = _portal.Service<IOptions<RetentionOptions>>().Value.PeriodOf(RetentionKind.AuditTrails);
        _time.SetUtcNow(new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero) + period - TimeSpan.FromDays(1));
        Assert.Equal(0, await retention.PurgeExpiredYearsAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(4, await retention.PurgeExpiredYearsAsync(CancellationToken.None));

        Assert.Equal(["2021-b", "2021-a"], (await trail.ReadAsync(grown, 50, null, CancellationToken.None)).Items.Select(r => r.Target));
        Assert.Empty((await trail.ReadAsync(quiet, 50, null, CancellationToken.None)).Items);
        var audit = await _portal.Service<PortalStorage>().ContainerAsync(StorageNames.AuditContainer, CancellationToken.None);
        Assert.False(await audit.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "anchors/2020-", CancellationToken.None).AnyAsync());
        Assert.Empty(await verifier.VerifyAllAsync(CancellationToken.None));

        // Both chains go on from where retention left them, and verify, incrementally and in full.
        var next = await AppendAsync(trail, quiet, "after");
        Assert.Equal(2, next.Sequence);
        await AppendAsync(trail, grown, "after");
        Assert.Empty(await verifier.VerifyAsync(CancellationToken.None));
        Assert.Empty(await verifier.VerifyAllAsync(CancellationToken.None));
        Assert.Equal(0, await retention.PurgeExpiredYearsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ARecordRemovedAfterThePurge_IsStillCaught()
    {
        var trail = _portal.Service<AuditTrail>();
        var chain = $"user|retention-{Guid.NewGuid():N}";
        await AppendAsync(trail, chain, "2020");
        _time.SetUtcNow(new DateTimeOffset(2030, 12, 31, 12, 0, 0, TimeSpan.Zero));
        await AppendAsync(trail, chain, "kept-1");
        await AppendAsync(trail, chain, "kept-2");
        await AppendAsync(trail, chain, "kept-3");
        _time.SetUtcNow(new DateTimeOffset(2031, 6, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.True(await _portal.Service<AuditRetention>().PurgeExpiredYearsAsync(CancellationToken.None) >= 1);

        var table = await _portal.Service<PortalStorage>().TableAsync(StorageNames.AuditTable, CancellationToken.None);
        // Record keys count down from the newest.
        await table.DeleteEntityAsync(chain, (long.MaxValue - 3).ToString("D19", CultureInfo.InvariantCulture));

        var breaks = await _portal.Service<AuditVerifier>().VerifyAllAsync(CancellationToken.None);
        Assert.Contains(breaks, b => b.Chain == chain && b.Sequence == 3);
    }

    private static Task<AuditRecord> AppendAsync(AuditTrail trail, string chain, string target) =>
        trail.AppendAsync(chain, "retention-test", clientId: null, "test", target, AuditActions.Succeeded, _origin, CancellationToken.None);
}
