namespace Portal.Core.Reports;

/// <summary>What a report says before its table: its title, what it is about (label and value pairs) and who issues it.</summary>
public sealed record ReportHeading(string Title, IReadOnlyList<(string Label, string Value)> Facts, IReadOnlyList<string> Issuer);
