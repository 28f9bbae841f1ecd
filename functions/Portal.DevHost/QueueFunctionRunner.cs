using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using Portal.Core.Storage;
using Portal.Functions.Pipeline;

namespace Portal.DevHost;

/// <summary>
/// Runs each queue-triggered function as the Functions host does, by host.json's extensions.queues: it polls the queue,
/// backing off to maxPollingInterval while it is empty; takes up to batchSize messages at a time and runs them side by
/// side; deletes a message whose function returned; after a failure shows it again once visibilityTimeout has passed,
/// or, on its maxDequeueCount-th attempt, moves it to the queue's "-poison" queue.
/// </summary>
public sealed class QueueFunctionRunner(
    QueueFunctions queues,
    StorageClients storage,
    IServiceScopeFactory scopes,
    IOptions<DevHostOptions> options,
    ILogger<QueueFunctionRunner> logger) : BackgroundService
{
    /// <summary>While a function runs its message stays out of sight this long (the host renews it; a dev run is short).</summary>
    private static readonly TimeSpan _running = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan _firstPoll = TimeSpan.FromMilliseconds(100);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunQueues)
        {
            DevHostLog.QueuesOff(logger, queues.Targets.Count);
            return Task.CompletedTask;
        }

        var settings = queues.Settings;
        var encoding = string.Equals(settings.MessageEncoding, "none", StringComparison.OrdinalIgnoreCase) ? QueueMessageEncoding.None : QueueMessageEncoding.Base64;
        var service = storage.CreateQueueService(RetryShape.Interactive, encoding);
        return Task.WhenAll(queues.Targets.Select(target => PollAsync(target, service, settings, stoppingToken)));
    }

    private async Task PollAsync(FunctionTarget target, QueueServiceClient service, QueueSettings settings, CancellationToken stoppingToken)
    {
        var name = target.Metadata.Trigger.QueueName ?? throw new InvalidOperationException($"Queue function {target.Metadata.Name} names no queue.");
        var queue = service.GetQueueClient(name);
        var poison = service.GetQueueClient(name + "-poison");
        var wait = _firstPoll;
        var created = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            QueueMessage[] messages;
            try
            {
                // Once, not on every poll: until it has succeeded (storage may be away at start).
                if (!created)
                {
                    await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                    created = true;
                }

                messages = (await queue.ReceiveMessagesAsync(settings.BatchSize, _running, stoppingToken)).Value;
            }
            catch (Exception exception) when (exception is RequestFailedException or HttpRequestException or AggregateException)
            {
                // Storage is away (an outage, Azurite restarting): poll again later, as the host does.
                DevHostLog.QueueUnreachable(logger, name, exception.Message);
                messages = [];
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (messages.Length == 0)
            {
                try
                {
                    await Task.Delay(wait, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, settings.MaxPollingInterval.Ticks));
                continue;
            }

            wait = _firstPoll;
            await Task.WhenAll(messages.Select(message => RunAsync(target, queue, poison, message, settings, stoppingToken)));
        }
    }

    /// <summary>Runs the function for one message and settles the message by the outcome; public so tests can run one by hand.</summary>
    public async Task RunAsync(FunctionTarget target, QueueClient queue, QueueClient poison, QueueMessage message, QueueSettings settings, CancellationToken stoppingToken)
    {
        try
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                var pipeline = scope.ServiceProvider.GetRequiredService<TimerPipeline>();
                await pipeline.RunAsync(target.Metadata.Name, () => target.InvokeAsync(scope.ServiceProvider, parameter =>
                    parameter.ParameterType == typeof(QueueMessage) ? message : stoppingToken));
            }

            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
        }
        catch (Exception) when (!stoppingToken.IsCancellationRequested)
        {
            // Logged by the pipeline with its exception. The host's rule: the last attempt goes to the poison queue.
            try
            {
                if (message.DequeueCount >= settings.MaxDequeueCount)
                {
                    await poison.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
                    await poison.SendMessageAsync(message.Body, cancellationToken: CancellationToken.None);
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
                    DevHostLog.MessagePoisoned(logger, target.Metadata.Name, message.MessageId, message.DequeueCount);
                }
                else
                {
                    // The body goes again: an update without one would empty the message.
                    await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, message.Body, settings.VisibilityTimeout, CancellationToken.None);
                }
            }
            catch (RequestFailedException exception)
            {
                // The message comes back when its time out of sight ends, and counts one more attempt.
                DevHostLog.QueueUnreachable(logger, queue.Name, exception.Message);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the message comes back when its time out of sight ends.
        }
    }
}
