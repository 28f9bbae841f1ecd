using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Permits;

namespace Portal.Functions.Clients;

/// <param name="Scopes">What the signed-in user may do for this client.</param>
/// <param name="Capabilities">The portal's services this user may use for this client (<see cref="ClientServices"/>): what the navigation shows.</param>
public sealed record ClientOverview(
    string Id, string Name, ClientKind Kind, BillingArrangement? BillingArrangement, IReadOnlyList<ServiceKind> Services, IReadOnlyList<Scope> Scopes, IReadOnlyList<string> Capabilities);
