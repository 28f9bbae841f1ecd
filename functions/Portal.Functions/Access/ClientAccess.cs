using Portal.Core.Clients;

namespace Portal.Functions.Access;

/// <summary>A signed-in user acting for one client.</summary>
public sealed record ClientAccess(SignedIn User, Membership Membership, Client Client);
