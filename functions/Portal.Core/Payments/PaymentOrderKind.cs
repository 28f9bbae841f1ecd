using System.Text.Json.Serialization;

namespace Portal.Core.Payments;

/// <summary>What an order pays: chosen open invoices, or an amount an advance-payment client tops up with.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PaymentOrderKind>))]
public enum PaymentOrderKind
{
    [JsonStringEnumMemberName("invoices")]
    Invoices,

    [JsonStringEnumMemberName("top-up")]
    TopUp,
}
