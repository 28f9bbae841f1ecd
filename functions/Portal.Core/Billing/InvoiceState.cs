using System.Text.Json.Serialization;

namespace Portal.Core.Billing;

/// <summary>
/// An invoice's own state, decided when read: from what payments and credit notes settle by name,
/// what the client's other payments settle oldest due first, and today's Riga date.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<InvoiceState>))]
public enum InvoiceState
{
    /// <summary>Nothing settled yet, due today or later.</summary>
    [JsonStringEnumMemberName("open")]
    Open,

    /// <summary>Part settled, the rest due today or later.</summary>
    [JsonStringEnumMemberName("partly-paid")]
    PartlyPaid,

    [JsonStringEnumMemberName("paid")]
    Paid,

    /// <summary>Something still to pay, and the due date has passed.</summary>
    [JsonStringEnumMemberName("overdue")]
    Overdue,

    [JsonStringEnumMemberName("cancelled")]
    Cancelled,

    /// <summary>Credit notes naming the invoice cover its whole amount.</summary>
    [JsonStringEnumMemberName("credited")]
    Credited,

    /// <summary>A credit note in force: its amount is taken off what the client owes.</summary>
    [JsonStringEnumMemberName("applied")]
    Applied,
}
