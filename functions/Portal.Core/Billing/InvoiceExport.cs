using Portal.Core.Documents;

namespace Portal.Core.Billing;

/// <summary>
/// The invoice list as a CSV file: every invoice the query selects, in its order, read a storage page at a
/// time and written as it is read, so a client with many invoices gets a file without the portal holding it.
/// A credit note's amount is negative, as it is taken off what the client owes.
/// </summary>
public sealed class InvoiceExport(BillingViews billing)
{
    /// <summary>Rows read from storage at a time: its largest page.</summary>
    public int ReadSize { get; init; } = 1000;

    public async Task WriteCsvAsync(
        string clientId, InvoiceQuery query, string language, CsvDialect dialect, DateOnly today, Stream output, CancellationToken cancellationToken)
    {
        var csv = new CsvWriter(output, dialect);
        string Text(string key) => DocumentText.Get(language, key);
        csv.Row(
            Text("invoices.number"), Text("invoices.kind"), Text("invoices.issued"), Text("invoices.due"), Text("invoices.amount"), Text("invoices.open"),
            Text("invoices.state"), Text("invoices.billingAccount"), Text("invoices.reference"));
        var token = default(string);
        do
        {
            (var items, token) = await billing.InvoicesAsync(clientId, query with { PageSize = ReadSize }, token, today, cancellationToken);
            foreach (var invoice in items)
            {
                csv.Text(invoice.Number);
                csv.Text(Text($"invoices.kind.{invoice.Kind.Text()}"));
                csv.Date(invoice.IssuedOn);
                csv.Date(invoice.DueOn);
                csv.Euros(invoice.Kind == InvoiceKind.CreditNote ? -invoice.AmountCents : invoice.AmountCents);
                csv.Euros(invoice.OpenCents);
                csv.Text(Text($"invoices.state.{invoice.State.Text()}"));
                csv.Text(invoice.BillingAccount);
                csv.Text(invoice.PaymentReference);
                csv.EndRow();
            }

            await csv.FlushAsync(cancellationToken);
        }
        while (token is not null);
    }
}
