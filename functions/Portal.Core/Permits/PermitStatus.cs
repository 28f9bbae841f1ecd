using System.Text.Json.Serialization;

namespace Portal.Core.Permits;

[JsonConverter(typeof(JsonStringEnumConverter<PermitStatus>))]
public enum PermitStatus
{
    [JsonStringEnumMemberName("valid")]
    Valid,

    [JsonStringEnumMemberName("suspended")]
    Suspended,

    [JsonStringEnumMemberName("expired")]
    Expired,

    [JsonStringEnumMemberName("cancelled")]
    Cancelled,
}
