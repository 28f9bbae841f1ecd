namespace Portal.Functions.Reports;

/// <summary>The client's reports of the last Retention:ReportsDays, the newest first.</summary>
public sealed record ReportListResponse(IReadOnlyList<ReportItem> Items);
