using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Portal.Core.Storage;

public sealed record StoreSeedContext(TableServiceClient Tables, BlobServiceClient Blobs);
