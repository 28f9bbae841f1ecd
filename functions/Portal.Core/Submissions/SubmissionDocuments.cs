using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Azure;
using Azure.Data.Tables;
using Portal.Core.Audit;
using Portal.Core.Documents;
using Portal.Core.Outcomes;
using Portal.Core.Storage;

namespace Portal.Core.Submissions;

/// <summary>
/// Documents the back office puts for a sent submission (<c>PUT /api/backoffice/submissions/{id}/documents/{documentId}</c>): a plain
/// PDF (<see cref="PdfCheck"/>) of at most <see cref="MaxBytes"/>, named by the back office (sanitised, <c>.pdf</c>). The file goes to
/// the blob <c>submission-documents/{clientId}/{submissionId}/{documentId}</c> first, then its row (<see cref="SubmissionDocumentEntity"/>)
/// names it, so a row never names a missing file. The same document id again replaces the file; the same file and name again changes
/// nothing. The client's members with the submit scope download it as an attachment.
/// </summary>
public sealed partial class SubmissionDocuments(PortalStorage storage, Submissions submissions, AuditTrail audit, TimeProvider time)
{
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>A document's name at most this long, its extension included.</summary>
    public const int MaxNameLength = 100;

    public async Task<Outcome<DocumentStored>> StoreAsync(string submissionId, string documentId, string? name, byte[] content, string actor, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (!DocumentIdPattern().IsMatch(documentId))
        {
            errors.Add("documentId", "1-100 letters, digits, '.', '-' or '_', beginning with a letter or digit.");
        }

        if (PdfCheck.Problem(content) is { } problem)
        {
            errors.Add("body", $"The document must be a plain PDF: it {problem}");
        }

        if (!errors.IsEmpty)
        {
            return new Failure.Invalid(errors);
        }

        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        if (await SubmissionOwners.ClientOfAsync(table, submissionId, cancellationToken) is not { } clientId
            || await submissions.RowAsync(clientId, submissionId, cancellationToken) is not { } row)
        {
            return new Failure.NotFound("No sent submission has this id.");
        }

        if (!SubmissionProgress.IsSent(Vocabulary<SubmissionStatus>.Stored(row.Status)))
        {
            return new Failure.Conflict(ProblemTypes.Conflict, "The submission has not been sent yet.", "Documents are put for a submission once it has its receipt number.");
        }

        var fileName = FileName(name, documentId);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        var rowKey = SubmissionDocumentEntity.RowFor(submissionId, documentId);
        var held = await table.GetEntityIfExistsAsync<SubmissionDocumentEntity>(clientId, rowKey, cancellationToken: cancellationToken);
        if (held.HasValue && held.Value!.Sha256 == sha256 && held.Value.Name == fileName)
        {
            return new DocumentStored(held.Value.View(), Replaced: false);
        }

        var container = await storage.ContainerAsync(StorageNames.SubmissionDocumentsContainer, cancellationToken);
        await container.GetBlobClient(Blob(clientId, submissionId, documentId)).UploadAsync(BinaryData.FromBytes(content), overwrite: true, cancellationToken);
        var now = time.GetUtcNow();
        var document = new SubmissionDocumentEntity
        {
            PartitionKey = clientId,
            RowKey = rowKey,
            Name = fileName,
            Size = content.LongLength,
            Sha256 = sha256,
            AddedAt = held.HasValue ? held.Value!.AddedAt : now,
            UpdatedAt = now,
        };
        await table.UpsertEntityAsync(document, TableUpdateMode.Replace, cancellationToken);
        await audit.AppendAsync(AuditTrail.ClientChain(clientId), actor, clientId, AuditActions.SubmissionDocument,
            $"submission|{submissionId}|document|{documentId}|sha256:{sha256}", AuditActions.Succeeded, origin, cancellationToken);
        return new DocumentStored(document.View(), Replaced: held.HasValue);
    }

    /// <summary>A document of the client's submission, with its name; null when there is none.</summary>
    public async Task<(Stream Content, string FileName)?> OpenAsync(string clientId, string submissionId, string documentId, CancellationToken cancellationToken)
    {
        if (!PortalIds.IsValid(submissionId) || !DocumentIdPattern().IsMatch(documentId))
        {
            return null;
        }

        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        var held = await table.GetEntityIfExistsAsync<SubmissionDocumentEntity>(clientId, SubmissionDocumentEntity.RowFor(submissionId, documentId), cancellationToken: cancellationToken);
        if (!held.HasValue)
        {
            return null;
        }

        var container = await storage.ContainerAsync(StorageNames.SubmissionDocumentsContainer, cancellationToken);
        try
        {
            var content = (await container.GetBlobClient(Blob(clientId, submissionId, documentId)).DownloadStreamingAsync(cancellationToken: cancellationToken)).Value.Content;
            return (content, held.Value!.Name);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// The name a document is saved under: the back office's without any folder, control or reserved characters (each becomes "_"),
    /// at most <see cref="MaxNameLength"/> characters, ending in ".pdf"; the document id when it gives none.
    /// </summary>
    public static string FileName(string? name, string documentId)
    {
        var bare = (name ?? "").Split('/', '\\')[^1].Normalize(NormalizationForm.FormC);
        var safe = UnsafeInName().Replace(bare, "_").Trim(' ', '.', '_');
        if (safe.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            safe = safe[..^4].TrimEnd(' ', '.', '_');
        }

        if (safe.Length == 0)
        {
            safe = documentId;
        }

        return (safe.Length > MaxNameLength - 4 ? safe[..(MaxNameLength - 4)].TrimEnd(' ', '.', '_') : safe) + ".pdf";
    }

    private static string Blob(string clientId, string submissionId, string documentId) => $"{clientId}/{submissionId}/{documentId}";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex DocumentIdPattern();

    /// <summary>Anything but letters, marks, digits, spaces and a few marks of punctuation.</summary>
    [GeneratedRegex(@"[^\p{L}\p{M}\p{Nd} ._()\-]+")]
    private static partial Regex UnsafeInName();
}

/// <summary>A document as stored; <see cref="Replaced"/> when it took the place of an earlier file under the same id.</summary>
public sealed record DocumentStored(SubmissionDocument Document, bool Replaced);
