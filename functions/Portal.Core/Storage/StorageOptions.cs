using System.ComponentModel.DataAnnotations;

namespace Portal.Core.Storage;

/// <summary>Where the portal's tables, blobs and queues live: a connection string locally, service URIs with a managed identity in Azure.</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    public string? ConnectionString { get; set; }

    public Uri? TableServiceUri { get; set; }

    public Uri? BlobServiceUri { get; set; }

    public Uri? QueueServiceUri { get; set; }

    /// <summary>Client id of the user-assigned managed identity used with the service URIs.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield break;
        }

        string[] missing =
        [
            .. TableServiceUri is null ? [$"{Section}:{nameof(TableServiceUri)}"] : Array.Empty<string>(),
            .. BlobServiceUri is null ? [$"{Section}:{nameof(BlobServiceUri)}"] : Array.Empty<string>(),
            .. QueueServiceUri is null ? [$"{Section}:{nameof(QueueServiceUri)}"] : Array.Empty<string>(),
        ];
        if (missing.Length > 0)
        {
            yield return new ValidationResult(
                $"Missing setting: {Section}:{nameof(ConnectionString)}, or else {string.Join(", ", missing)}.",
                [nameof(ConnectionString)]);
        }
    }
}
