using System.Text.Json.Serialization;

namespace Portal.Core.Billing;

/// <summary>What a payment order in flight makes of an invoice, beside its own state until the back office books the payment.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InvoicePaymentState>))]
public enum InvoicePaymentState
{
    /// <summary>In an order sent to the bank, not answered yet: it cannot go into a second order.</summary>
    [JsonStringEnumMemberName("in-progress")]
    InProgress,

    /// <summary>The bank said paid; the back office has not booked the payment yet.</summary>
    [JsonStringEnumMemberName("awaiting-booking")]
    AwaitingBooking,
}
