using System.Text.Json.Serialization;

namespace Portal.Core.Payments;

/// <summary>Why staff should look at an order: what settlement and booking could not take as it came.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PaymentOrderFlag>))]
public enum PaymentOrderFlag
{
    /// <summary>A paid answer came after the order had expired or been cancelled: it settled all the same.</summary>
    [JsonStringEnumMemberName("paid-late")]
    PaidLate,

    /// <summary>The back office booked a payment naming the order with another amount or other invoices: kept as sent.</summary>
    [JsonStringEnumMemberName("booking-mismatch")]
    BookingMismatch,

    /// <summary>Paid, and still not booked after <see cref="PaymentOptions.BookingDays"/> days.</summary>
    [JsonStringEnumMemberName("unbooked")]
    Unbooked,

    /// <summary>A second paid answer, with another transaction of the provider, for an order already paid: money to return or keep as credit.</summary>
    [JsonStringEnumMemberName("paid-twice")]
    PaidTwice,
}
