using System.Text.Json.Serialization;

namespace Portal.Core.Billing;

[JsonConverter(typeof(JsonStringEnumConverter<BillingAccountStatus>))]
public enum BillingAccountStatus
{
    [JsonStringEnumMemberName("open")]
    Open,

    [JsonStringEnumMemberName("closed")]
    Closed,
}
