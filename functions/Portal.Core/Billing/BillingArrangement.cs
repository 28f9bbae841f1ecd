using System.Text.Json.Serialization;

namespace Portal.Core.Billing;

/// <summary>How ES bills a client (§7); the words are the API's and the back office's.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BillingArrangement>))]
public enum BillingArrangement
{
    [JsonStringEnumMemberName("advance-payment")]
    AdvancePayment,

    [JsonStringEnumMemberName("monthly-invoice")]
    MonthlyInvoice,

    [JsonStringEnumMemberName("quarterly-invoice")]
    QuarterlyInvoice,

    [JsonStringEnumMemberName("e-invoice")]
    EInvoice,
}
