using System.Security.Cryptography;
using System.Text.Json;

namespace Portal.Core.BackOffice;

/// <summary>The same content gives the same hash, so a replay is told from a conflicting change of the same version.</summary>
internal static class ContentHash
{
    public static string Of<T>(T record, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(record, type)));
}
