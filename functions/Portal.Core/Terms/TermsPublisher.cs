using System.Text;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Portal.Core.Audit;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Core.Storage;

namespace Portal.Core.Terms;

/// <summary>
/// Publishes a new version of the terms (§16.2, §30): its text goes to blob storage with its SHA-256,
/// then one transaction makes it the version in force and retires the old one. Every user meets it at
/// their next request and accepts it, or declines and is signed out.
/// </summary>
public sealed class TermsPublisher(PortalStorage storage, TermsCatalog catalog, AuditTrail audit)
{
    public const int MaxTextBytes = 1024 * 1024;

    private static Failure PublishedMeanwhile =>
        new Failure.Conflict(ProblemTypes.Conflict, "Another version was published at the same moment.", "Look at the terms list and try again.");

    public async Task<Outcome<TermsVersion>> PublishAsync(NewTermsVersion terms, StaffMember staff, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(terms.DocumentName) || terms.DocumentName.Length > 300)
        {
            errors.Add("documentName", "Give the document's name (at most 300 characters).");
        }

        if (terms.ApprovedOn is null)
        {
            errors.Add("approvedOn", "Give the date ES approved it (yyyy-MM-dd).");
        }

        if (string.IsNullOrWhiteSpace(terms.Text) || Encoding.UTF8.GetByteCount(terms.Text) > MaxTextBytes)
        {
            errors.Add("text", $"Give the full text (at most {MaxTextBytes / 1024} KB).");
        }

        if ((terms.ValidityNote?.Length ?? 0) > 500)
        {
            errors.Add("validityNote", "At most 500 characters.");
        }

        if (!errors.IsEmpty || terms is not { DocumentName: { } documentName, ApprovedOn: { } approvedOn, Text: { } text })
        {
            return new Failure.Invalid(errors);
        }

        var versions = await catalog.ListAsync(cancellationToken);
        var number = versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1;
        var bytes = Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        var version = new TermsVersion(number, documentName.Trim(), approvedOn, terms.ValidityNote?.Trim() ?? "", InForce: true, TermsText.Sha256Of(bytes));

        // The text goes first: a version row never points at a blob that is not there.
        var blobName = TermsSeed.BlobNameFor(number);
        var container = await storage.ContainerAsync(StorageNames.TermsContainer, cancellationToken);
        try
        {
            await container.GetBlobClient(blobName).UploadAsync(BinaryData.FromBytes(bytes), new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain; charset=utf-8" },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return PublishedMeanwhile;
        }

        var table = await storage.TableAsync(StorageNames.TermsTable, cancellationToken);
        List<TableTransactionAction> actions = [new(TableTransactionActionType.Add, TermsEntity.From(version, blobName))];
        await foreach (var inForce in table.QueryAsync<TermsEntity>(e => e.PartitionKey == TermsEntity.Partition && e.InForce == true, cancellationToken: cancellationToken))
        {
            inForce.InForce = false;
            actions.Add(new(TableTransactionActionType.UpdateReplace, inForce, inForce.ETag));
        }

        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status is 409 or 412)
        {
            await container.GetBlobClient(blobName).DeleteIfExistsAsync(cancellationToken: cancellationToken);
            return PublishedMeanwhile;
        }
        finally
        {
            catalog.Forget();
        }

        await audit.AppendAsync(AuditTrail.StaffChain(staff.Id), staff.Actor, clientId: null, AuditActions.TermsPublish, $"terms:{number}", AuditActions.Succeeded, origin, cancellationToken);
        return version;
    }
}
