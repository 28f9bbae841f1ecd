namespace Portal.Functions.Audit;

public sealed record ActivityItem(DateTimeOffset At, string Action, string Result, string Actor, string IpAddress, string UserAgent);
