using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;

namespace Portal.Core.Storage;

/// <summary>
/// The portal's way into Table and Blob Storage. The first use in a process creates the tables and
/// containers and runs the seeds; until that has succeeded once, every use tries again, so the app
/// recovers by itself when storage comes back.
/// </summary>
public sealed class PortalStorage(StorageClients clients, IEnumerable<IStoreSeed> seeds, ILogger<PortalStorage> logger)
{
    private readonly TableServiceClient _tables = clients.CreateTableService(RetryShape.Interactive);
    private readonly BlobServiceClient _blobs = clients.CreateBlobService(RetryShape.Interactive);
    private readonly QueueServiceClient _queues = clients.CreateQueueService(RetryShape.Interactive);
    private readonly QueueServiceClient _triggerQueues = clients.CreateQueueService(RetryShape.Interactive, QueueMessageEncoding.Base64);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    public async ValueTask<TableClient> TableAsync(string name, CancellationToken cancellationToken)
    {
        await EnsureReadyAsync(cancellationToken);
        return _tables.GetTableClient(name);
    }

    public async ValueTask<BlobContainerClient> ContainerAsync(string name, CancellationToken cancellationToken)
    {
        await EnsureReadyAsync(cancellationToken);
        return _blobs.GetBlobContainerClient(name);
    }

    /// <summary>A queue (local development only: in Azure the portal publishes to Service Bus), created on first use.</summary>
    public async ValueTask<QueueClient> QueueAsync(string name, CancellationToken cancellationToken)
    {
        await EnsureReadyAsync(cancellationToken);
        var queue = _queues.GetQueueClient(name);
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        return queue;
    }

    /// <summary>A queue a queue-triggered function reads (<see cref="StorageNames.TriggerQueues"/>; messages in Base64, as the trigger expects).</summary>
    public async ValueTask<QueueClient> TriggerQueueAsync(string name, CancellationToken cancellationToken)
    {
        await EnsureReadyAsync(cancellationToken);
        return _triggerQueues.GetQueueClient(name);
    }

    /// <summary>Forgets that storage was prepared, so the next use creates the tables, containers and seeds again.</summary>
    public void Reset() => _ready = false;

    public async ValueTask EnsureReadyAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_ready)
            {
                return;
            }

            // Side by side: after an outage every request waits for this, so it should be one round trip long, not seventeen.
            await Task.WhenAll(
                StorageNames.Tables.Select(table => _tables.CreateTableIfNotExistsAsync(table, cancellationToken))
                    .Concat<Task>(StorageNames.Containers.Select(container => _blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken)))
                    .Concat(StorageNames.TriggerQueues.Select(queue => _triggerQueues.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken))));

            var context = new StoreSeedContext(_tables, _blobs);
            foreach (var seed in seeds)
            {
                await seed.SeedAsync(context, cancellationToken);
            }

            _ready = true;
            StorageLog.StoreReady(logger, StorageNames.Tables.Count, StorageNames.Containers.Count);
        }
        finally
        {
            _gate.Release();
        }
    }
}
