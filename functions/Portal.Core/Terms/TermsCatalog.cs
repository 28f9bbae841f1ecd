using System.Text;
using Azure;
using Portal.Core.Storage;

namespace Portal.Core.Terms;

/// <summary>Reads the published terms: the history, one version, and the version in force with its text.</summary>
public sealed class TermsCatalog(PortalStorage storage, TimeProvider time)
{
    /// <summary>
    /// How long an instance trusts the number of the version in force it read last (every signed-in request compares with it): a version
    /// published through another instance reaches everyone within this; one published through this instance at once.
    /// </summary>
    public static readonly TimeSpan CurrentVersionFreshness = TimeSpan.FromSeconds(15);

    private volatile KnownVersion? _current;

    /// <summary>The version the portal ships in force (the last of the seeded history, §37).</summary>
    public static int ShippedVersion => TermsSeed.History[^1].Version;

    /// <summary>All versions, newest first (the row keys are ordered that way).</summary>
    public async Task<IReadOnlyList<TermsVersion>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.TermsTable, cancellationToken);
        var versions = new List<TermsVersion>();
        await foreach (var entity in table.QueryAsync<TermsEntity>(e => e.PartitionKey == TermsEntity.Partition, cancellationToken: cancellationToken))
        {
            versions.Add(entity.ToVersion());
        }

        return versions;
    }

    /// <summary>The version and, where it is kept, its text; null for a version that does not exist.</summary>
    public async Task<(TermsVersion Version, string? Text)?> FindAsync(int version, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.TermsTable, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TermsEntity>(TermsEntity.Partition, TermsEntity.RowKeyFor(version), cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value is not { } entity)
        {
            return null;
        }

        return (entity.ToVersion(), await ReadTextAsync(entity, cancellationToken));
    }

    /// <summary>The number of the version in force, without its text (what sign-in compares acceptances with).</summary>
    public async Task<int?> CurrentVersionNumberAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_current is { } known && now - known.ReadAt < CurrentVersionFreshness)
        {
            return known.Version;
        }

        var table = await storage.TableAsync(StorageNames.TermsTable, cancellationToken);
        await foreach (var entity in table.QueryAsync<TermsEntity>(
            e => e.PartitionKey == TermsEntity.Partition && e.InForce == true, maxPerPage: 1, select: [nameof(TermsEntity.Version)], cancellationToken: cancellationToken))
        {
            _current = new KnownVersion(entity.Version, now);
            return entity.Version;
        }

        return null;
    }

    /// <summary>A version was published here: the next request reads the one in force again.</summary>
    public void Forget() => _current = null;

    /// <summary>The version in force with its text; null only while the store holds no terms.</summary>
    public async Task<TermsDocument?> CurrentAsync(CancellationToken cancellationToken)
    {
        if (await InForceAsync(cancellationToken) is { } current)
        {
            return current;
        }

        // The seeds always put a version in force: none means a store emptied under the running app
        // (read just as another request was preparing it again). Prepare it, or wait for that, and look again.
        storage.Reset();
        return await InForceAsync(cancellationToken);
    }

    private async Task<TermsDocument?> InForceAsync(CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.TermsTable, cancellationToken);
        await foreach (var entity in table.QueryAsync<TermsEntity>(
            e => e.PartitionKey == TermsEntity.Partition && e.InForce == true, maxPerPage: 1, cancellationToken: cancellationToken))
        {
            // Newest first: if a publication is under way and two rows say "in force", the newer wins.
            var text = await ReadTextAsync(entity, cancellationToken)
                ?? throw new TermsIntegrityException($"Terms version {entity.Version} is in force but its text is not kept.");
            return new TermsDocument(entity.ToVersion(), text);
        }

        return null;
    }

    private async Task<string?> ReadTextAsync(TermsEntity entity, CancellationToken cancellationToken)
    {
        if (entity.TextBlob is null || entity.Sha256 is null)
        {
            return null;
        }

        var container = await storage.ContainerAsync(StorageNames.TermsContainer, cancellationToken);
        Response<Azure.Storage.Blobs.Models.BlobDownloadResult> download;
        try
        {
            download = await container.GetBlobClient(entity.TextBlob).DownloadContentAsync(cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == "BlobNotFound")
        {
            throw new TermsIntegrityException($"The text of terms version {entity.Version} is missing from blob storage.");
        }

        var bytes = download.Value.Content.ToMemory();
        if (TermsText.Sha256Of(bytes.Span) != entity.Sha256)
        {
            throw new TermsIntegrityException($"The text of terms version {entity.Version} does not match its recorded SHA-256.");
        }

        return Encoding.UTF8.GetString(bytes.Span);
    }

    private sealed record KnownVersion(int Version, DateTimeOffset ReadAt);
}
