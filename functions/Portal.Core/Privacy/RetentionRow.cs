namespace Portal.Core.Privacy;

/// <summary>One kind of stored data in the privacy notice: what it is, why it is kept and for how many days.</summary>
public sealed record RetentionRow(string Kind, string What, string Why, int Days);
