namespace Portal.Functions.Accounts;

public sealed record SessionItem(string Id, string Device, string IpAddress, DateTimeOffset StartedAt, DateTimeOffset LastSeenAt, bool Current);
