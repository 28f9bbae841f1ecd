using System.Text.Json.Serialization;

namespace Portal.Core.Billing;

[JsonConverter(typeof(JsonStringEnumConverter<InvoiceKind>))]
public enum InvoiceKind
{
    [JsonStringEnumMemberName("invoice")]
    Invoice,

    /// <summary>Takes its amount off what the client owes.</summary>
    [JsonStringEnumMemberName("credit-note")]
    CreditNote,
}
