using Portal.Core.BackOffice;
using Portal.Core.Documents;
using Portal.Core.Outcomes;
using Portal.Core.Storage;

namespace Portal.Core.Permits;

/// <summary>
/// The signed e-permit of a permit, as the back office puts it: a PDF or an ASiC-E container (".edoc"),
/// judged by its content. It has legal force in electronic form only: the portal keeps and serves the file as it came.
/// </summary>
public sealed class PermitDocuments(PortalStorage storage)
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public const string Pdf = "pdf";
    public const string Edoc = "edoc";

    /// <summary>The kind the content is ("pdf" or "edoc"), or why it is neither.</summary>
    public static Outcome<string> KindOf(byte[] content)
    {
        if (content is [0x50, 0x4B, ..])
        {
            return AsicCheck.Problem(content) is { } asic ? Failure.Invalid.Field("body", $"The e-permit {asic}") : Edoc;
        }

        return PdfCheck.Problem(content) is { } pdf ? Failure.Invalid.Field("body", $"The e-permit is neither an ASiC-E container (.edoc) nor a plain PDF: it {pdf}") : Pdf;
    }

    private static string Blob(string clientId, string externalId) => $"{clientId}/{externalId}";

    /// <summary>
    /// Stores the e-permit (refused when it is neither kind) and marks the permit and its index rows as having
    /// one of that kind; a 404 failure when no permit has this external id.
    /// </summary>
    public async Task<Outcome<string>> StoreAsync(string externalId, byte[] content, CancellationToken cancellationToken)
    {
        var kind = KindOf(content);
        if (kind.Failure is not null)
        {
            return kind;
        }

        var table = await storage.TableAsync(StorageNames.PermitsTable, cancellationToken);
        if (!StorageKeys.IsUsable(externalId, 100) || await PartitionFeed.OwnerAsync(storage, "permit", externalId, cancellationToken) is not { } clientId)
        {
            return NotFound;
        }

        var container = await storage.ContainerAsync(StorageNames.PermitDocumentsContainer, cancellationToken);
        await container.GetBlobClient(Blob(clientId, externalId)).UploadAsync(BinaryData.FromBytes(content), overwrite: true, cancellationToken);
        var marked = await PartitionFeed.MarkAsync<PermitEntity>(
            table, PermitKeys.Partition(clientId), PermitKeys.PermitPrefix + externalId, permit => permit.DocumentKind = kind.Value,
            permit => PermitKeys.IndexRows(permit).Select(permit.Summary), cancellationToken);
        return marked ? kind : NotFound;
    }

    private static Failure NotFound => new Failure.NotFound("No permit has this external id: feed the permit first.");

    /// <summary>The e-permit's content and its file name (the permit's number and the kind's extension); null when the client's permit has none.</summary>
    public async Task<(Stream Content, string FileName, string MediaType)?> OpenAsync(string clientId, string permitId, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.PermitsTable, cancellationToken);
        if (!StorageKeys.IsUsable(permitId, 100)
            || await PartitionFeed.ReadAsync<PermitEntity>(table, PermitKeys.Partition(clientId), PermitKeys.PermitPrefix + permitId, cancellationToken) is not { DocumentKind: { } kind } permit)
        {
            return null;
        }

        var container = await storage.ContainerAsync(StorageNames.PermitDocumentsContainer, cancellationToken);
        var content = (await container.GetBlobClient(Blob(clientId, permitId)).DownloadStreamingAsync(cancellationToken: cancellationToken)).Value.Content;
        return (content, $"{permit.Number}.{kind}", kind == Edoc ? AsicCheck.MediaType : "application/pdf");
    }
}
