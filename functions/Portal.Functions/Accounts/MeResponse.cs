using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Clients;
using Portal.Functions.Access;

namespace Portal.Functions.Accounts;

public sealed record MeResponse(
    string Id,
    string Email,
    string FirstName,
    string LastName,
    string Language,
    string Phone,
    string Address,
    bool MustChangePassword,
    bool MustAcceptTerms,
    bool HasPassword,
    IReadOnlyList<MeClient> Clients,
    MeSession Session)
{
    public static MeResponse From(SignedIn user, IReadOnlyList<Membership> memberships, IOptions<AccountOptions> options) => new(
        user.Account.Id,
        user.Account.Email,
        user.Account.FirstName,
        user.Account.LastName,
        user.Account.Language,
        user.Account.Phone,
        user.Account.Address,
        user.MustChangePassword,
        user.MustAcceptTerms,
        user.Account.HasPassword,
        [.. memberships.Select(m => new MeClient(m.ClientId, m.ClientName, m.ClientKind, m.Scopes))],
        new MeSession(
            user.Session.Id,
            user.Session.CreatedAt,
            user.Session.ExpiresAt(options.Value),
            user.Session.CreatedAt + user.Session.AbsoluteTimeout(options.Value),
            (int)options.Value.SessionIdleTimeout.TotalSeconds));
}
