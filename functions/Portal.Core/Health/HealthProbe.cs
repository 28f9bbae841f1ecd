using System.Diagnostics;
using System.Net.Sockets;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Notifications;
using Portal.Core.Storage;

namespace Portal.Core.Health;

/// <summary>
/// Checks each dependency once, in parallel, with its own no-retry clients and a 2-second limit, so
/// a dead dependency is reported quickly instead of being retried by the app's clients.
/// </summary>
public sealed class HealthProbe(StorageClients clients, IOptions<MailOptions> mail, ILogger<HealthProbe> logger)
{
    public static readonly TimeSpan Timeout = RetryShape.Probe.NetworkTimeout;

    private readonly TableServiceClient _tables = clients.CreateTableService(RetryShape.Probe);
    private readonly BlobServiceClient _blobs = clients.CreateBlobService(RetryShape.Probe);

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var checks = await Task.WhenAll(
            CheckAsync("tables", critical: true, ProbeTablesAsync, cancellationToken),
            CheckAsync("blobs", critical: true, ProbeBlobsAsync, cancellationToken),
            CheckAsync("mail", critical: false, ProbeMailAsync, cancellationToken));
        return HealthReport.From(checks);
    }

    private async Task ProbeTablesAsync(CancellationToken cancellationToken)
    {
        await foreach (var _ in _tables.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
        {
            break;
        }
    }

    private async Task ProbeBlobsAsync(CancellationToken cancellationToken)
    {
        await foreach (var _ in _blobs.GetBlobContainersAsync(cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
        {
            break;
        }
    }

    private async Task ProbeMailAsync(CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(mail.Value.SmtpHost, mail.Value.SmtpPort, cancellationToken);
    }

    private async Task<DependencyHealth> CheckAsync(
        string name, bool critical, Func<CancellationToken, Task> probe, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        var watch = Stopwatch.StartNew();
        try
        {
            await probe(limit.Token);
            return new DependencyHealth(name, HealthStatus.Healthy, critical, watch.ElapsedMilliseconds, null);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var problem = limit.IsCancellationRequested ? $"no answer within {Timeout.TotalSeconds:0} s" : "unreachable";
            HealthLog.DependencyDown(logger, name, problem, exception);
            return new DependencyHealth(name, critical ? HealthStatus.Unhealthy : HealthStatus.Degraded, critical, watch.ElapsedMilliseconds, problem);
        }
    }
}
