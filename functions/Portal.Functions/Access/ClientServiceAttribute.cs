using Portal.Core.Clients;

namespace Portal.Functions.Access;

/// <summary>
/// A signed-in user acting for the client in the route ("clients/{clientId}/...") with the scope the
/// service needs, for a client the service is for (<see cref="ClientServices"/>); proves a <see cref="ClientAccess"/>.
/// </summary>
public sealed class ClientServiceAttribute(string service) : AccessAttribute
{
    /// <summary>The route value naming the client.</summary>
    public const string ClientIdRouteValue = "clientId";

    public ClientServices.Rule Rule { get; } = ClientServices.For(service);
}
