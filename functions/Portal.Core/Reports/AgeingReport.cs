using Portal.Core.Billing;

namespace Portal.Core.Reports;

/// <summary>The ageing report: every invoice with something open on the day, oldest due first, then the sums by how long past due.</summary>
internal sealed class AgeingReport(BillingHistory history)
{
    public async Task WriteAsync(ReportContext context, DateOnly asOf, ReportWriter writer, CancellationToken cancellationToken)
    {
        var ageing = await history.AgeingAsync(context.Client.Id, asOf, cancellationToken);
        writer.Begin(context.Heading("reports.ageing.title", (context.Text("reports.ageing.asOf"), asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
        [
            new(context.Text("invoices.number"), 1.6),
            new(context.Text("invoices.issued"), 1.0),
            new(context.Text("invoices.due"), 1.0),
            new(context.Text("invoices.amount"), 1.1, Amount: true),
            new(context.Text("invoices.open"), 1.1, Amount: true),
            new(context.Text("reports.ageing.daysPastDue"), 0.9, Amount: true),
            new(context.Text("reports.ageing.bucket"), 1.5),
        ]);
        if (ageing.Lines.Count == 0)
        {
            writer.Row(ReportRowStyle.Item, context.Text("reports.ageing.none"));
        }

        for (var i = 0; i < ageing.Lines.Count; i++)
        {
            var line = ageing.Lines[i];
            writer.Row(ReportRowStyle.Item, line.Number, ReportCell.On(line.IssuedOn), ReportCell.On(line.DueOn), ReportCell.Euros(line.AmountCents),
                ReportCell.Euros(line.OpenCents), ReportCell.Number(Math.Max(0, line.DaysPastDue)), Band(context, line.Bucket));
            if (i % 1000 == 999)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        foreach (var (bucket, cents) in ageing.BucketCents.OrderBy(b => b.Key))
        {
            writer.Row(ReportRowStyle.Subtotal, Band(context, bucket), "", "", ReportCell.Empty, ReportCell.Euros(cents));
        }

        writer.Row(ReportRowStyle.Total, context.Text("reports.ageing.total"), "", "", ReportCell.Empty, ReportCell.Euros(ageing.OpenCents));
        if (ageing.CreditCents > 0)
        {
            writer.Row(ReportRowStyle.Item, context.Text("reports.ageing.credit"), "", "", ReportCell.Empty, ReportCell.Euros(ageing.CreditCents));
        }
    }

    private static string Band(ReportContext context, AgeingBucket bucket) => context.Text($"reports.ageing.bucket.{bucket}");
}
