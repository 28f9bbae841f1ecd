namespace Portal.Functions.Audit;

/// <summary>One entry of the user's own trail; <see cref="EmailKind"/> names the email (its template) on an "email-sent" entry (§25), and is null otherwise.</summary>
public sealed record ActivityItem(DateTimeOffset At, string Action, string Result, string Actor, string IpAddress, string UserAgent, string? EmailKind);
