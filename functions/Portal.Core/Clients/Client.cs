using Portal.Core.Billing;
using Portal.Core.Permits;

namespace Portal.Core.Clients;

/// <summary>A client of ES (§2.3): a natural or legal person holding radio permits.</summary>
public sealed record Client(string Id, string Name, ClientKind Kind, string? RegistrationNumber, DateTimeOffset CreatedAt)
{
    /// <summary>How the client pays (§7); null until the back office says.</summary>
    public BillingArrangement? BillingArrangement { get; init; }

    /// <summary>The service kinds the client has registered (§7).</summary>
    public IReadOnlyList<ServiceKind> Services { get; init; } = [];

    /// <summary>The back office's id of the client; null for one the portal made on approval and the back office has not fed yet.</summary>
    public string? ExternalId { get; init; }

    public bool SelfServiceInvitations { get; init; }
}
