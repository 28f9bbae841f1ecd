using System.Globalization;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Portal.Core.Storage;

namespace Portal.Core.Audit;

/// <summary>
/// The audit trail: one hash chain per partition (a user's, later a client's). Each append writes the
/// record and moves the chain's head in one transaction, then appends the new head to an append-only
/// blob, so even deleting the newest records (and winding the head back) is caught by the verifier.
/// </summary>
public sealed class AuditTrail(PortalStorage storage, TimeProvider time)
{
    public const string Genesis = "genesis";

    public static string UserChain(string userId) => $"user|{userId}";

    /// <summary>What happened for one client: its representatives invited, changed, removed.</summary>
    public static string ClientChain(string clientId) => $"client|{clientId}";

    /// <summary>What one ES staff member (or script) did: their sign-ins and every action and read.</summary>
    public static string StaffChain(string staffId) => $"staff|{staffId}";

    /// <summary>Attempts on an email no account has are kept in a chain of their own.</summary>
    public static string EmailChain(string emailKey) => $"email|{emailKey}";

    public Task<AuditRecord> AppendAsync(
        string chain, string actor, string? clientId, string action, string target, string result, AuditOrigin origin, CancellationToken cancellationToken) =>
        AppendAsync(chain, known: null, actor, clientId, action, target, result, origin, cancellationToken);

    /// <summary>Appends to the chain whose end was read before (<see cref="ReadHeadAsync"/>), so that read could run beside other work.</summary>
    public Task<AuditRecord> AppendAsync(
        AuditHead head, string actor, string? clientId, string action, string target, string result, AuditOrigin origin, CancellationToken cancellationToken) =>
        AppendAsync(head.Chain, head, actor, clientId, action, target, result, origin, cancellationToken);

    /// <summary>Reads a chain's end ahead of an append; should another record join first, the append reads it again.</summary>
    public async Task<AuditHead> ReadHeadAsync(string chain, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AuditTable, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<AuditHeadEntity>(chain, AuditHeadEntity.Row, cancellationToken: cancellationToken);
        return new AuditHead(chain, found.HasValue ? found.Value : null);
    }

    private async Task<AuditRecord> AppendAsync(
        string chain, AuditHead? known, string actor, string? clientId, string action, string target, string result, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AuditTable, cancellationToken);
        for (var conflicts = 1; ; conflicts++)
        {
            var head = (known ?? await ReadHeadAsync(chain, cancellationToken)).Entity;
            known = null;
            var sequence = (head?.Sequence ?? 0) + 1;
            var previous = head?.Hash ?? Genesis;
            var at = time.GetUtcNow();
            var hash = AuditRecord.HashOf(sequence, at, actor, clientId, action, target, result, origin.IpAddress, origin.UserAgent, origin.CorrelationId, previous);
            var record = new AuditEntity
            {
                PartitionKey = chain,
                RowKey = AuditEntity.RowKeyFor(sequence),
                Sequence = sequence,
                At = at,
                Actor = actor,
                ClientId = clientId,
                Action = action,
                Target = target,
                Result = result,
                IpAddress = origin.IpAddress,
                UserAgent = origin.UserAgent,
                CorrelationId = origin.CorrelationId,
                PreviousHash = previous,
                Hash = hash,
            };
            var newHead = new AuditHeadEntity { PartitionKey = chain, Sequence = sequence, Hash = hash };
            TableTransactionAction moveHead = head is null
                ? new(TableTransactionActionType.Add, newHead)
                : new(TableTransactionActionType.UpdateReplace, newHead, head.ETag);
            try
            {
                await table.SubmitTransactionAsync([new(TableTransactionActionType.Add, record), moveHead], cancellationToken);
            }
            catch (RequestFailedException exception) when (Contention.IsConflict(exception))
            {
                // Another record joined the chain first: link to it instead.
                await Contention.BeforeRetryAsync(conflicts, "The audit chain's head", cancellationToken);
                continue;
            }

            await AnchorAsync(chain, sequence, hash, at, cancellationToken);
            return record.ToRecord();
        }
    }

    /// <summary>A chain's records, newest first, a page at a time.</summary>
    public async Task<(IReadOnlyList<AuditRecord> Items, string? ContinuationToken)> ReadAsync(
        string chain, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AuditTable, cancellationToken);
        var (rows, next) = await table.PageAsync<AuditEntity>(e => e.PartitionKey == chain && e.RowKey.CompareTo("a") < 0, pageSize, continuationToken, cancellationToken);
        return ([.. rows.Select(e => e.ToRecord())], next);
    }

    private async Task AnchorAsync(string chain, long sequence, string hash, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var container = await storage.ContainerAsync(StorageNames.AuditContainer, cancellationToken);
        var blob = container.GetAppendBlobClient(AnchorBlobName(at));
        var line = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{chain}\t{sequence}\t{hash}\n"));
        try
        {
            await AppendLineAsync(blob, line, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // The day's first anchor: the blob is made then, not asked for on every append.
            await blob.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await AppendLineAsync(blob, line, cancellationToken);
        }
    }

    private static async Task AppendLineAsync(AppendBlobClient blob, byte[] line, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(line);
        await blob.AppendBlockAsync(content, cancellationToken: cancellationToken);
    }

    internal static string AnchorBlobName(DateTimeOffset at) => $"anchors/{at.UtcDateTime:yyyy-MM-dd}.log";

    /// <summary>The lines of one anchor blob: "{chain}\t{sequence}\t{hash}" each.</summary>
    internal static async Task<IEnumerable<(string Chain, long Sequence, string Hash)>> ReadAnchorsAsync(
        BlobContainerClient container, string blobName, CancellationToken cancellationToken)
    {
        var content = await container.GetBlobClient(blobName).DownloadContentAsync(cancellationToken);
        return content.Value.Content.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Select(parts => (parts[0], long.Parse(parts[1], CultureInfo.InvariantCulture), parts[2]));
    }
}
