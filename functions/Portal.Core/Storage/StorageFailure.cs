using System.Net.Sockets;
using Azure;

namespace Portal.Core.Storage;

/// <summary>Tells a storage outage (worth a 503 and a retry later) from a bug (a 500).</summary>
public static class StorageFailure
{
    public static bool IsUnavailable(Exception exception, CancellationToken requestAborted) => exception switch
    {
        RequestFailedException failed => failed.Status == 0 || failed.Status >= 500,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0
            && aggregate.InnerExceptions.All(inner => IsUnavailable(inner, requestAborted)),
        HttpRequestException or SocketException or TimeoutException => true,
        // The SDK's network timeout surfaces as a cancellation nobody asked for.
        OperationCanceledException => !requestAborted.IsCancellationRequested,
        _ => false,
    };

    /// <summary>A table or container that should exist does not (a store wiped under a running app): prepare it again.</summary>
    public static bool IsMissingStructure(Exception exception) =>
        exception is RequestFailedException { Status: 404, ErrorCode: "TableNotFound" or "ContainerNotFound" };
}
