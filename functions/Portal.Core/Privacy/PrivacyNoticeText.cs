namespace Portal.Core.Privacy;

/// <summary>The privacy notice in one language: its title, its paragraphs and one row per kind of stored data.</summary>
public sealed record PrivacyNoticeText(string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<RetentionRow> Retention);
