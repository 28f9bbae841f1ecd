using Portal.Core.Accounts;

namespace Portal.Core.Clients;

public sealed record Representative(UserAccount Account, IReadOnlyList<Scope> Scopes);
