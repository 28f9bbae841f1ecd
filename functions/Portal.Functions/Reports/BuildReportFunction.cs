using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Reports;
using Portal.Core.Storage;

namespace Portal.Functions.Reports;

/// <summary>
/// Builds the report a message on the reports queue names. A failure is thrown back to the host, which shows the message
/// again after host.json's visibility timeout, up to its dequeue count, then moves it to the poison queue.
/// </summary>
public sealed class BuildReportFunction(ReportBuilder builder)
{
    /// <summary>The setting prefix of the report queues' connection: Storage__queueServiceUri with the managed identity in Azure.</summary>
    public const string Connection = "Storage";

    [Function("BuildReport")]
    public Task Run(
        [QueueTrigger(StorageNames.ReportsQueue, Connection = Connection)] QueueMessage message,
        CancellationToken cancellationToken) =>
        builder.BuildAsync(ReportMessage.Parse(message.Body.ToString()), message.DequeueCount, cancellationToken);
}
