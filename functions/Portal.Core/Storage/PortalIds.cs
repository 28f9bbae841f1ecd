namespace Portal.Core.Storage;

/// <summary>The ids the portal makes (users, clients, applications, invitations): 1-64 ASCII letters and digits, safe in a key.</summary>
public static class PortalIds
{
    /// <summary>Whether an id from a route can be one of ours; anything else is not found without asking storage.</summary>
    public static bool IsValid(string id) => id.Length is > 0 and <= 64 && id.All(char.IsAsciiLetterOrDigit);

    /// <summary>An id made at <paramref name="now"/> that sorts the newest first in its partition, and is unguessable within a tick.</summary>
    public static string NewestFirst(DateTimeOffset now) => $"{long.MaxValue - now.UtcTicks:D19}{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6))}";
}
