namespace Portal.Core.Payments;

/// <summary>
/// An order pending or paid and not yet booked, as the client's balance aggregate keeps it (<c>PaymentOrders</c>): what locks its
/// invoices against a second order, what the invoice list marks and what the balance counts as paid, awaiting booking.
/// </summary>
/// <param name="Stamp">The order's id.</param>
/// <param name="Paid">Whether the provider's answer said paid (else it is still pending).</param>
/// <param name="Invoices">Each invoice with its due date and the amount the order pays of it.</param>
public sealed record InFlightOrder(string Stamp, bool Paid, long Cents, IReadOnlyList<InFlightInvoice> Invoices);

/// <param name="DueOn">yyyy-MM-dd.</param>
public sealed record InFlightInvoice(string Id, string DueOn, long Cents);
