using Portal.Core.Reports;

namespace Portal.Functions.Reports;

/// <summary>A report as the list and its own address show it; <see cref="Status"/> says whether its file can be downloaded.</summary>
public sealed record ReportItem(
    string Id,
    ReportKind Kind,
    ReportFormat Format,
    string Language,
    string? From,
    string? To,
    DateOnly? AsOf,
    ReportStatus Status,
    int Attempts,
    DateTimeOffset RequestedAt,
    DateTimeOffset? ReadyAt,
    DateTimeOffset ExpiresAt,
    string? FileName,
    long? SizeBytes)
{
    public static ReportItem Of(Report report) => new(
        report.Id, report.Order.Kind, report.Order.Format, report.Order.Language, report.Order.From, report.Order.To, report.Order.AsOf,
        report.Status, report.Attempts, report.RequestedAt, report.ReadyAt, report.ExpiresAt, report.FileName, report.SizeBytes);
}
