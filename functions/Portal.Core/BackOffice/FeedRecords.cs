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

    /// <summary>A second record with an external id already in the batch: only the first is applied.</summary>
    public static FeedResult RepeatedInBatch(string externalId) => Rejected(externalId, "externalId", "The same external id is earlier in this batch.");
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

    /// <summary>What a natural person may register (§3, §7): the others are for legal persons only.</summary>
    public static IReadOnlyList<string> ForNatural { get; } = ["land-mobile", "maritime", "aeronautical", "amateur"];
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

/// <summary>An invoice or a credit note as the back office feeds it; amounts in euros with at most two decimals.</summary>
public sealed record InvoiceRecord(
    string? ExternalId,
    long? Version,
    string? ClientExternalId,
    string? Number,
    string? Kind,
    DateOnly? IssuedOn,
    DateOnly? DueOn,
    decimal? Amount,
    string? Status,
    string? BillingAccountExternalId = null) : IFeedRecord;

/// <summary>A payment received from a client.</summary>
public sealed record PaymentRecord(string? ExternalId, long? Version, string? ClientExternalId, DateOnly? ReceivedOn, decimal? Amount) : IFeedRecord;

/// <summary>A client's billing account (norēķinu konts): a legal person may have several, each with its own arrangement.</summary>
public sealed record BillingAccountRecord(
    string? ExternalId,
    long? Version,
    string? ClientExternalId,
    string? Number,
    string? Name,
    string? BillingArrangement,
    string? InvoiceEmail,
    string? Status) : IFeedRecord;

/// <summary>A radio permit (atļauja) with its technical parameters (§2.10): where it transmits, on what, with what.</summary>
public sealed record PermitRecord(
    string? ExternalId,
    long? Version,
    string? ClientExternalId,
    string? Number,
    string? ServiceKind,
    string? Status,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string? CallSign,
    IReadOnlyList<StationRecord>? Stations) : IFeedRecord;

/// <summary>One station of a permit: its place, antenna and equipment, and the frequencies it uses.</summary>
public sealed record StationRecord(
    string? Name,
    string? Location,
    decimal? Latitude,
    decimal? Longitude,
    decimal? AntennaHeightM,
    decimal? AntennaGainDbi,
    decimal? AzimuthDeg,
    string? Polarization,
    string? Equipment,
    IReadOnlyList<FrequencyRecord>? Frequencies);

/// <summary>A frequency assignment: centre frequency, bandwidth, emission designator (ITU), power and direction.</summary>
public sealed record FrequencyRecord(decimal? FrequencyMHz, decimal? BandwidthKHz, string? Emission, decimal? PowerW, string? Direction);

/// <summary>Money: cents inside (DESIGN.md), euros at the edges.</summary>
public static class Cents
{
    public const decimal Max = 1_000_000_000m;

    /// <summary>The amount in cents; null when it is missing, not positive, over the maximum or has more than two decimals.</summary>
    public static long? From(decimal? euros) =>
        euros is { } value && value > 0 && value <= Max && decimal.Round(value, 2) == value ? (long)(value * 100) : null;

    public static decimal ToEuros(long cents) => cents / 100m;
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(InvoiceRecord))]
[JsonSerializable(typeof(PaymentRecord))]
[JsonSerializable(typeof(Dictionary<string, long>))]
[JsonSerializable(typeof(ClientRecord))]
[JsonSerializable(typeof(BillingAccountRecord))]
[JsonSerializable(typeof(PermitRecord))]
[JsonSerializable(typeof(IReadOnlyList<StationRecord>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class FeedJson : JsonSerializerContext;
