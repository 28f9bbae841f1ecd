namespace Portal.Core.Reports;

/// <summary>
/// A report as asked for, checked: a statement names whole months <paramref name="From"/> to <paramref name="To"/>
/// (yyyy-MM), an ageing report the day it is <paramref name="AsOf"/>. The words are in <paramref name="Language"/>.
/// </summary>
public sealed record ReportOrder(ReportKind Kind, ReportFormat Format, string Language, string? From, string? To, DateOnly? AsOf);
