namespace Portal.Functions.Reports;

/// <summary>
/// POST /api/clients/{clientId}/reports: <c>{ kind: "statement", from, to, format }</c> (months, yyyy-MM) or
/// <c>{ kind: "ageing", asOf, format }</c> (a day, yyyy-MM-dd); <c>language</c> (lv, en) defaults to the user's.
/// </summary>
public sealed record ReportRequest(string? Kind, string? Format, string? From, string? To, string? AsOf, string? Language);
