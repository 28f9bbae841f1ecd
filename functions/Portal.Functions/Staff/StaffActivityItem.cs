namespace Portal.Functions.Staff;

public sealed record StaffActivityItem(DateTimeOffset At, string Action, string Target, string Result, string Actor, string? ClientId, string IpAddress, string UserAgent);
