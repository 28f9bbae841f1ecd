using Portal.Core.Billing;

namespace Portal.Core.Reports;

/// <summary>
/// The settlement statement for whole months: the balance before, each month's documents and payments with the running
/// balance and the month's sums, the balance after. The lines are read from the date indexes; each month's sums must equal
/// the balance aggregate's, or the report fails rather than show figures that do not add up.
/// </summary>
internal sealed class StatementReport(BillingViews views, BillingHistory history)
{
    public async Task WriteAsync(ReportContext context, string from, string to, ReportWriter writer, CancellationToken cancellationToken)
    {
        var statement = await views.StatementAsync(context.Client.Id, from, to, cancellationToken);
        writer.Begin(context.Heading("reports.statement.title", (context.Text("reports.statement.period"), $"{from} – {to}")),
        [
            new(context.Text("reports.statement.date"), 1.1),
            new(context.Text("reports.statement.document"), 1.4),
            new(context.Text("reports.statement.reference"), 1.9),
            new(context.Text("reports.statement.charged"), 1.2, Amount: true),
            new(context.Text("reports.statement.received"), 1.2, Amount: true),
            new(context.Text("reports.statement.balance"), 1.2, Amount: true),
        ]);
        writer.Row(ReportRowStyle.Subtotal, "", context.Text("reports.statement.opening"), "", ReportCell.Empty, ReportCell.Empty, ReportCell.Euros(statement.OpeningCents));
        var running = statement.OpeningCents;
        foreach (var month in statement.Months)
        {
            var (charged, received) = (0L, 0L);
            foreach (var entry in await history.MonthAsync(context.Client.Id, month.Month, cancellationToken))
            {
                (charged, received) = (charged + entry.ChargedCents, received + entry.ReceivedCents);
                running += entry.ChargedCents - entry.ReceivedCents;
                writer.Row(ReportRowStyle.Item, ReportCell.On(entry.On), Word(context, entry.Kind), entry.Reference,
                    entry.ChargedCents == 0 ? ReportCell.Empty : ReportCell.Euros(entry.ChargedCents),
                    entry.ReceivedCents == 0 ? ReportCell.Empty : ReportCell.Euros(entry.ReceivedCents),
                    ReportCell.Euros(running));
            }

            if (charged != month.ChargedCents || received != month.ReceivedCents || running != month.ClosingCents)
            {
                throw new InvalidOperationException(
                    $"The documents of {month.Month} add up to {charged} charged and {received} received, the balance says {month.ChargedCents} and {month.ReceivedCents}.");
            }

            writer.Row(ReportRowStyle.Subtotal, "", string.Format(System.Globalization.CultureInfo.InvariantCulture, context.Text("reports.statement.month"), month.Month), "",
                ReportCell.Euros(charged), ReportCell.Euros(received), ReportCell.Euros(running));
            await writer.FlushAsync(cancellationToken);
        }

        writer.Row(ReportRowStyle.Total, "", context.Text("reports.statement.closing"), "",
            ReportCell.Euros(statement.Months.Sum(m => m.ChargedCents)), ReportCell.Euros(statement.Months.Sum(m => m.ReceivedCents)), ReportCell.Euros(statement.ClosingCents));
    }

    private static string Word(ReportContext context, StatementEntryKind kind) => kind switch
    {
        StatementEntryKind.Invoice => context.Text("invoices.kind.invoice"),
        StatementEntryKind.CreditNote => context.Text("invoices.kind.credit-note"),
        _ => context.Text("reports.statement.payment"),
    };
}
