namespace Portal.Core.BackOffice;

/// <summary>What the portal tells ES's back office (issue 4 §7): the type and its data, as JSON.</summary>
public sealed record BackOfficeEvent(string Type, DateTimeOffset At, IReadOnlyDictionary<string, string?> Data);
