using System.Text.Json.Serialization;

namespace Portal.Core.Clients;

/// <summary>A client is a natural or a legal person; the words are the API's and the back office's (a table column keeps the member's name).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClientKind>))]
public enum ClientKind
{
    [JsonStringEnumMemberName("natural")]
    Natural,

    [JsonStringEnumMemberName("legal")]
    Legal,
}
