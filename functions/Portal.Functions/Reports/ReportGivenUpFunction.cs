using System.Text.Json;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Reports;
using Portal.Core.Storage;

namespace Portal.Functions.Reports;

/// <summary>A report's message reached the poison queue after its last attempt: the report is marked failed, so nobody waits for it.</summary>
public sealed class ReportGivenUpFunction(ReportBuilder builder)
{
    [Function("ReportGivenUp")]
    public Task Run(
        [QueueTrigger(StorageNames.ReportsPoisonQueue, Connection = BuildReportFunction.Connection)] QueueMessage message,
        CancellationToken cancellationToken)
    {
        // A message that names no report failed for that reason alone: there is nothing to mark, and nothing to poison again.
        try
        {
            return builder.GiveUpAsync(ReportMessage.Parse(message.Body.ToString()), cancellationToken);
        }
        catch (JsonException)
        {
            return Task.CompletedTask;
        }
    }
}
