using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Core.Storage;

/// <summary>Prepares storage at start-up so the first request does not pay for it; a failure only logs, requests retry.</summary>
internal sealed class StorageWarmup(PortalStorage storage, ILogger<StorageWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await storage.EnsureReadyAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            StorageLog.StoreNotReady(logger, exception);
        }
    }
}
