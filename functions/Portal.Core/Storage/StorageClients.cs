using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Portal.Core.Storage;

/// <summary>Builds storage clients from <see cref="StorageOptions"/>, so the app and the health probe share endpoints and credentials but not retry policies.</summary>
public sealed class StorageClients(IOptions<StorageOptions> options)
{
    private readonly StorageOptions _options = options.Value;
    private readonly Lazy<TokenCredential> _credential = new(() => new DefaultAzureCredential(
        new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.Value.ManagedIdentityClientId }));

    public TableServiceClient CreateTableService(RetryShape retry) =>
        _options.ConnectionString is { Length: > 0 } connection
            ? new TableServiceClient(connection, Configure(new TableClientOptions(), retry))
            : new TableServiceClient(_options.TableServiceUri!, _credential.Value, Configure(new TableClientOptions(), retry));

    public BlobServiceClient CreateBlobService(RetryShape retry) =>
        _options.ConnectionString is { Length: > 0 } connection
            ? new BlobServiceClient(connection, Configure(new BlobClientOptions(), retry))
            : new BlobServiceClient(_options.BlobServiceUri!, _credential.Value, Configure(new BlobClientOptions(), retry));

    /// <param name="encoding">Base64 for a queue a Functions queue trigger reads: the trigger's default encoding.</param>
    public QueueServiceClient CreateQueueService(RetryShape retry, QueueMessageEncoding encoding = QueueMessageEncoding.None) =>
        _options.ConnectionString is { Length: > 0 } connection
            ? new QueueServiceClient(connection, Configure(new QueueClientOptions { MessageEncoding = encoding }, retry))
            : new QueueServiceClient(_options.QueueServiceUri!, _credential.Value, Configure(new QueueClientOptions { MessageEncoding = encoding }, retry));

    private static T Configure<T>(T clientOptions, RetryShape retry) where T : ClientOptions
    {
        clientOptions.Retry.MaxRetries = retry.MaxRetries;
        clientOptions.Retry.Delay = retry.Delay;
        clientOptions.Retry.NetworkTimeout = retry.NetworkTimeout;
        return clientOptions;
    }
}
