namespace Portal.Core.Reports;

/// <summary>A report made ready, as the dashboard names it: what it is, in which format, when it was ready and until when it is kept.</summary>
public sealed record ReportNotice(string Id, ReportKind Kind, ReportFormat Format, string? From, string? To, DateOnly? AsOf, DateTimeOffset ReadyAt, DateTimeOffset ExpiresAt);
