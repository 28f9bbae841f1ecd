namespace Portal.Core.Audit;

/// <summary>A place where a chain does not hold: a record altered, missing, or the chain shorter than its anchors say.</summary>
public sealed record AuditBreak(string Chain, long? Sequence, string Problem);
