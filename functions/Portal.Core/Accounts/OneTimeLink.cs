namespace Portal.Core.Accounts;

/// <summary>What a link's token says, live or not.</summary>
public sealed record OneTimeLink(string UserId, string? Payload, bool IsLive);
