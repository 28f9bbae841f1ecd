using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Core.BackOffice;

/// <summary>What became of one fed record.</summary>
public static class FeedStatus
{
    public const string Created = "created";
    public const string Updated = "updated";

    /// <summary>The same version with the same content again: a replay, nothing to do.</summary>
    public const string Unchanged = "unchanged";

    /// <summary>An older version than the one held: the newer stays.</summary>
    public const string Stale = "stale";

    /// <summary>Invalid, or the same version with different content (a conflict): nothing is written.</summary>
    public const string Rejected = "rejected";
}

/// <summary>The answer for one record, in the order the batch gave them.</summary>
public sealed record FeedResult(string ExternalId, string Status, IReadOnlyDictionary<string, string[]> Errors)
{
    public static FeedResult Rejected(string externalId, string field, string message) =>
        new(externalId, FeedStatus.Rejected, new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>What every record of the back office carries: its own id and an integer version that grows with each change.</summary>
public interface IFeedRecord
{
    string? ExternalId { get; }

    long? Version { get; }
}

/// <summary>The same content gives the same hash, so a replay is told from a conflicting change of the same version.</summary>
internal static class ContentHash
{
    public static string Of<T>(T record, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(record, type)));
}

/// <summary>Billing arrangements a client may have (§7).</summary>
public static class BillingArrangements
{
    public static IReadOnlyList<string> All { get; } = ["advance-payment", "monthly-invoice", "quarterly-invoice", "e-invoice"];
}

/// <summary>Service kinds a client may have registered (§7).</summary>
public static class ServiceKinds
{
    public static IReadOnlyList<string> All { get; } =
        ["land-mobile", "fixed-links", "broadcasting", "satellite-earth-stations", "maritime", "aeronautical", "amateur"];
}

/// <summary>A client as the back office feeds it.</summary>
public sealed record ClientRecord(
    string? ExternalId,
    long? Version,
    string? Kind,
    string? Name,
    string? PersonalCode,
    string? RegistrationNumber,
    string? Address,
    string? Email,
    string? Phone,
    string? BillingArrangement,
    IReadOnlyList<string>? Services) : IFeedRecord;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ClientRecord))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class FeedJson : JsonSerializerContext;
