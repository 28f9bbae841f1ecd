namespace Portal.Core.Billing;

/// <summary>The payment order in flight that holds an invoice, and what it makes of it.</summary>
public sealed record InvoicePayment(string OrderId, InvoicePaymentState State)
{
    /// <summary>The invoices the orders in flight hold, by id.</summary>
    internal static Dictionary<string, InvoicePayment> Of(IEnumerable<Payments.InFlightOrder> orders) =>
        orders.SelectMany(order => order.Invoices.Select(invoice => (invoice.Id, Payment: new InvoicePayment(order.Stamp, order.Paid ? InvoicePaymentState.AwaitingBooking : InvoicePaymentState.InProgress))))
            .ToDictionary(pair => pair.Id, pair => pair.Payment, StringComparer.Ordinal);
}
