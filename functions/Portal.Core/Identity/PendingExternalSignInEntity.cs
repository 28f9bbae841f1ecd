using Portal.Core.Storage;

namespace Portal.Core.Identity;

/// <summary>
/// An external sign-in under way, Sessions table: partition "external-sign-in|{hash of state}", row "pending". The state travels to
/// the provider and back (<c>wctx</c>); the browser holds it with a binding secret in a cookie, and only the secret's hash is here.
/// After the provider's answer it holds the validated identity, sealed under a key derived from the state (<see cref="SealedIdentity"/>),
/// and what comes next; the email step keeps the address and its code's hash.
/// </summary>
internal sealed class PendingExternalSignInEntity : PortalEntity
{
    public const string Row = "pending";

    public PendingExternalSignInEntity()
    {
        RowKey = Row;
    }

    public static string PartitionFor(string state) => $"external-sign-in|{RandomTokens.Hash(state)}";

    public string Provider { get; set; } = "";

    public string BindingHash { get; set; } = "";

    /// <summary><c>sign-in</c>, or <c>link</c> for a signed-in user adding the provider on the profile (<see cref="UserId"/>).</summary>
    public string Intent { get; set; } = "";

    public string? UserId { get; set; }

    public string ReturnTo { get; set; } = "/";

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The validated identity, sealed (<see cref="SealedIdentity"/>), once the provider answered.</summary>
    public string? Identity { get; set; }

    /// <summary>What the person does next (<see cref="ExternalNext"/>), decided when the browser came back.</summary>
    public string Next { get; set; } = "";

    /// <summary>The natural-person client a new account will act for.</summary>
    public string? ClientId { get; set; }

    public string Email { get; set; } = "";

    public string Language { get; set; } = "lv";

    public string CodeHash { get; set; } = "";

    public DateTimeOffset? CodeExpiresAt { get; set; }

    public int CodeAttempts { get; set; }

    public int EmailsSent { get; set; }
}
