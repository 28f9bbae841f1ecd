namespace Portal.Core.Storage;

/// <summary>The ids the portal makes (users, clients, applications, invitations): 1-64 ASCII letters and digits, safe in a key.</summary>
public static class PortalIds
{
    /// <summary>Whether an id from a route can be one of ours; anything else is not found without asking storage.</summary>
    public static bool IsValid(string id) => id.Length is > 0 and <= 64 && id.All(char.IsAsciiLetterOrDigit);
}
