using System.Net.Sockets;
using Azure;
using Portal.Core.Storage;

namespace Portal.UnitTests.Storage;

public sealed class StorageFailureTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(500)]
    [InlineData(503)]
    public void IsUnavailable_TransportOrServerFailure_True(int status)
    {
        Assert.True(StorageFailure.IsUnavailable(new RequestFailedException(status, "down"), CancellationToken.None));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(412)]
    public void IsUnavailable_ClientError_False(int status)
    {
        Assert.False(StorageFailure.IsUnavailable(new RequestFailedException(status, "bug"), CancellationToken.None));
    }

    [Fact]
    public void IsUnavailable_RetriesExhausted_True()
    {
        var retries = new AggregateException(new RequestFailedException(0, "refused", new HttpRequestException("refused", new SocketException())));

        Assert.True(StorageFailure.IsUnavailable(retries, CancellationToken.None));
    }

    [Fact]
    public void IsUnavailable_CancelledByTheCaller_False()
    {
        using var aborted = new CancellationTokenSource();
        aborted.Cancel();

        Assert.False(StorageFailure.IsUnavailable(new OperationCanceledException(), aborted.Token));
        Assert.True(StorageFailure.IsUnavailable(new TaskCanceledException(), CancellationToken.None));
    }

    [Fact]
    public void IsUnavailable_Bug_False()
    {
        Assert.False(StorageFailure.IsUnavailable(new InvalidOperationException(), CancellationToken.None));
    }

    [Fact]
    public void IsMissingStructure_TableOrContainerGone_True()
    {
        Assert.True(StorageFailure.IsMissingStructure(new RequestFailedException(404, "gone", "TableNotFound", null)));
        Assert.True(StorageFailure.IsMissingStructure(new RequestFailedException(404, "gone", "ContainerNotFound", null)));
        Assert.False(StorageFailure.IsMissingStructure(new RequestFailedException(404, "gone", "ResourceNotFound", null)));
    }
}
