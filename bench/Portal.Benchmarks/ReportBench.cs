using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Reports;
using Portal.Core.Storage;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>
/// The ageing report of the large client as the queue-triggered function builds it (CSV and PDF), beside the bare read of
/// the same rows and columns in the same run: time, and the managed heap's peak above what it held before. Figures only.
/// </summary>
internal static class ReportBench
{
    private static readonly CultureInfo _culture = CultureInfo.InvariantCulture;

    public static async Task AgeingAsync(PortalFactory factory, string clientId, DateOnly today)
    {
        var services = factory.Services;
        var billing = await services.GetRequiredService<PortalStorage>().TableAsync(StorageNames.BillingTable, CancellationToken.None);
        var history = services.GetRequiredService<BillingHistory>();
        var client = (await services.GetRequiredService<ClientStore>().GetAsync(clientId, CancellationToken.None))!;
        var context = new ReportContext(client, "lv", DateTimeOffset.UtcNow, ["VAS “Elektroniskie sakari”"]);

        Console.WriteLine();
        Console.WriteLine("Ageing report of the large client as of today, built as the report function builds it:");
        Console.WriteLine("  what                        seconds  heap peak MB  bytes out    / bare read");
        var bare = await MeasureAsync(async () =>
        {
            var rows = 0L;
            foreach (var (from, to) in new[] { (BillingKeys.InvoicePrefix, "invoice}"), (BillingKeys.PaymentPrefix, "payment}") })
            {
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {BillingKeys.Partition(clientId)} and RowKey ge {from} and RowKey lt {to}");
                await foreach (var _ in billing.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["Number", "Kind", "IssuedOn", "DueOn", "AmountCents", "Status", "Settlements", "ReceivedOn", "ExternalId"]))
                {
                    rows++;
                }
            }

            return rows;
        });
        Console.WriteLine(string.Create(_culture, $"  {"bare read of the rows",-26} {bare.Seconds,8:0.0}  {bare.PeakMb,12:0.0}  {bare.Result,9:N0} rows"));
        foreach (var format in new[] { ReportFormat.Csv, ReportFormat.Pdf })
        {
            var built = await MeasureAsync(async () =>
            {
                var output = new CountingStream();
                var writer = ReportWriter.For(format, output, "lv");
                await new AgeingReport(history).WriteAsync(context, today, writer, CancellationToken.None);
                await writer.EndAsync(CancellationToken.None);
                return output.Length;
            });
            Console.WriteLine(string.Create(_culture, $"  {$"ageing report, {Vocabulary<ReportFormat>.Text(format)}",-26} {built.Seconds,8:0.0}  {built.PeakMb,12:0.0}  {built.Result,9:N0}  {built.Seconds / bare.Seconds,10:0.00}"));
        }
    }

    /// <summary>Runs the work once, sampling the managed heap every 5 ms for its peak above the heap before it began.</summary>
    private static async Task<(double Seconds, double PeakMb, long Result)> MeasureAsync(Func<Task<long>> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var peak = before;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                await Task.Delay(5, CancellationToken.None);
            }
        });
        var watch = Stopwatch.StartNew();
        var result = await work();
        watch.Stop();
        await stop.CancelAsync();
        await sampler;
        return (watch.Elapsed.TotalSeconds, (peak - before) / 1024.0 / 1024.0, result);
    }

    /// <summary>Where the report goes: its bytes counted, not kept, so the figure is the builder's own memory.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
