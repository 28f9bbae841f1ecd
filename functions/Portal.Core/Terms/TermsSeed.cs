using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Portal.Core.Storage;

namespace Portal.Core.Terms;

/// <summary>
/// The version history of §37 of the terms. Only version 4 is kept as text (shipped with the
/// portal); versions 1-3 are history, their documents are not available.
/// </summary>
internal sealed class TermsSeed : IStoreSeed
{
    private const string CurrentTextResource = "Terms.klientu-portala-lietosanas-noteikumi-v4.txt";

    public static IReadOnlyList<TermsVersion> History { get; } =
    [
        new(1, "Klientu portāla lietošanas noteikumi_1.pdf", new DateOnly(2017, 12, 19),
            "Spēkā līdz dokumenta 2. versijas apstiprināšanai valdē", InForce: false, Sha256: null),
        new(2, "Klientu portāla lietošanas noteikumi_2.pdf", new DateOnly(2019, 6, 11),
            "Spēkā līdz dokumenta 3. versijas apstiprināšanai valdē", InForce: false, Sha256: null),
        new(3, "Klientu portāla lietošanas noteikumi_3.pdf", new DateOnly(2022, 6, 7),
            "Spēkā līdz dokumenta 4. versijas publicēšanai VAS ES tīmekļa vietnē un klientu portālā", InForce: false, Sha256: null),
        new(4, "Klientu portāla lietošanas noteikumi_4.pdf", new DateOnly(2023, 4, 18),
            "Aktuāla dokumenta versija", InForce: true, Sha256: TermsText.Sha256Of(CurrentText())),
    ];

    public static byte[] CurrentText()
    {
        using var stream = typeof(TermsSeed).Assembly.GetManifestResourceStream(CurrentTextResource)
            ?? throw new InvalidOperationException($"The embedded resource {CurrentTextResource} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static string BlobNameFor(int version) => $"v{version}/noteikumi.txt";

    public async Task SeedAsync(StoreSeedContext store, CancellationToken cancellationToken)
    {
        var table = store.Tables.GetTableClient(StorageNames.TermsTable);
        var container = store.Blobs.GetBlobContainerClient(StorageNames.TermsContainer);
        foreach (var version in History)
        {
            string? blobName = null;
            if (version.TextAvailable)
            {
                // The text goes first: a version row never points at a blob that is not there.
                blobName = BlobNameFor(version.Version);
                await UploadOnceAsync(container.GetBlobClient(blobName), CurrentText(), cancellationToken);
            }

            await AddOnceAsync(table, TermsEntity.From(version, blobName), cancellationToken);
        }
    }

    private static async Task UploadOnceAsync(BlobClient blob, byte[] content, CancellationToken cancellationToken)
    {
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(content), new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain; charset=utf-8" },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // Already seeded.
        }
    }

    private static async Task AddOnceAsync(TableClient table, TermsEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // Already seeded.
        }
    }
}
