namespace Portal.Functions.Staff;

/// <summary>
/// How staff sign in. Tokens are validated by Microsoft.Identity.Web from the "AzureAd" section
/// (Instance, TenantId, ClientId: the portal's one app registration); this section adds what the
/// browser sign-in needs to redeem a code, and the development identity provider.
/// </summary>
public sealed class StaffIdentityOptions
{
    public const string Section = "StaffIdentity";

    /// <summary>Locally, the development provider's client secret (./dev up makes one per run). Never set in Azure.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// In Azure, the user-assigned identity whose token is the client assertion (a federated identity
    /// credential on the app registration): no secret to keep or rotate.
    /// </summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>
    /// The back office's own app registration (its client id): only access tokens it was issued - their
    /// <c>azp</c>, or <c>appid</c> in v1 tokens - may write through the feed, whichever other application
    /// holds the BackOffice.Write role by mistake. Unset, no token writes.
    /// </summary>
    public string? BackOfficeClientId { get; set; }

    /// <summary>Development only: the issuer URL of the local OpenID provider standing in for Entra ID.</summary>
    public string? DevelopmentAuthority { get; set; }
}
