namespace Portal.Core.Accounts;

/// <summary>What a link's token says, live or not.</summary>
/// <param name="Superseded">A newer link of the same kind was issued to the user since (or the kind was revoked).</param>
public sealed record OneTimeLink(string UserId, string? Payload, bool IsLive, bool Superseded = false);
