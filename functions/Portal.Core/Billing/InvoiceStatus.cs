using System.Text.Json.Serialization;

namespace Portal.Core.Billing;

[JsonConverter(typeof(JsonStringEnumConverter<InvoiceStatus>))]
public enum InvoiceStatus
{
    [JsonStringEnumMemberName("issued")]
    Issued,

    /// <summary>Counts for nothing in the balance.</summary>
    [JsonStringEnumMemberName("cancelled")]
    Cancelled,
}
