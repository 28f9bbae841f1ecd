using System.Text.Json.Serialization;

namespace Portal.Core.Payments;

/// <summary>Where a payment order is: sent to the provider, paid (awaiting the back office's booking), booked, or ended unpaid.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PaymentOrderStatus>))]
public enum PaymentOrderStatus
{
    /// <summary>The payer was sent to the provider; no answer yet. Its invoices show "payment in progress".</summary>
    [JsonStringEnumMemberName("pending")]
    Pending,

    /// <summary>The provider's signed answer says paid: its invoices show "paid, awaiting booking" until the back office books it.</summary>
    [JsonStringEnumMemberName("paid")]
    Paid,

    /// <summary>The back office booked the payment that names the order.</summary>
    [JsonStringEnumMemberName("booked")]
    Booked,

    /// <summary>The provider answered "not paid" (the payer cancelled or the bank refused).</summary>
    [JsonStringEnumMemberName("cancelled")]
    Cancelled,

    /// <summary>No answer within the provider's longest answer window: its invoices are free again.</summary>
    [JsonStringEnumMemberName("expired")]
    Expired,
}
