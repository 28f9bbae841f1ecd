using System.Text.Json;
using Portal.Core.Storage;

namespace Portal.Core.Payments;

/// <summary>A payment order, in its client's billing partition (<c>order|{stamp}</c>) beside the invoices and the aggregate it changes with.</summary>
internal sealed class PaymentOrderEntity : PortalEntity
{
    public string Stamp { get; set; } = "";

    public string ClientId { get; set; } = "";

    /// <summary>The back office's id of the client, for its event.</summary>
    public string? ClientExternalId { get; set; }

    public string Provider { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Status { get; set; } = "";

    public long Cents { get; set; }

    public string Currency { get; set; } = "";

    public string Reference { get; set; } = "";

    public string Message { get; set; } = "";

    /// <summary>JSON: the <see cref="PaymentOrderInvoice"/>s.</summary>
    public string Invoices { get; set; } = "[]";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The user who made the order: its confirmation goes to them.</summary>
    public string CreatedByUserId { get; set; } = "";

    public string CreatedByName { get; set; } = "";

    public string NotifyEmail { get; set; } = "";

    public string Language { get; set; } = "lv";

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public string? TransactionId { get; set; }

    public DateTimeOffset? PaidAt { get; set; }

    public string? PayerName { get; set; }

    public string? PayerAccount { get; set; }

    public DateTimeOffset? BookedAt { get; set; }

    /// <summary>The back office's payment that booked the order.</summary>
    public string? BookingPaymentId { get; set; }

    /// <summary>Comma-separated <see cref="PaymentOrderFlag"/> words.</summary>
    public string Flags { get; set; } = "";

    public PaymentOrderStatus State => Vocabulary<PaymentOrderStatus>.Stored(Status);

    public IReadOnlyList<PaymentOrderInvoice> InvoiceList() => JsonSerializer.Deserialize(Invoices, PaymentsJson.Default.ListPaymentOrderInvoice) ?? [];

    public IReadOnlyList<PaymentOrderFlag> FlagList() => Flags.Length == 0 ? [] : [.. Flags.Split(',').Select(Vocabulary<PaymentOrderFlag>.Stored)];

    public void Flag(PaymentOrderFlag flag)
    {
        if (!FlagList().Contains(flag))
        {
            Flags = string.Join(',', FlagList().Append(flag).Select(f => f.Text()));
        }
    }

    public PaymentOrder View() => new(
        Stamp, ClientId, Provider, Vocabulary<PaymentOrderKind>.Stored(Kind), State, Cents, Currency, Reference, Message, InvoiceList(),
        CreatedAt, CreatedByName, ExpiresAt, PaidAt, TransactionId, BookedAt, FlagList());

    /// <summary>What the balance aggregate keeps of it while it is pending or paid and unbooked.</summary>
    public InFlightOrder InFlight() =>
        new(Stamp, State != PaymentOrderStatus.Pending, Cents, [.. InvoiceList().Select(i => new InFlightInvoice(i.Id, Billing.BillingKeys.Date(i.DueOn), i.Cents))]);
}
