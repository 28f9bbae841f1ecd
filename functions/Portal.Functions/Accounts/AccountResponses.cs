using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Clients;
using Portal.Functions.Access;

namespace Portal.Functions.Accounts;

public sealed record SignInRequest(string? Email, string? Password);

/// <summary>A client the user acts for, with what they may do for it.</summary>
public sealed record MeClient(string Id, string Name, string Kind, IReadOnlyList<string> Scopes);

/// <param name="ExpiresAt">When the session ends if it is not used again.</param>
/// <param name="AbsoluteExpiresAt">When it ends however much it is used.</param>
public sealed record MeSession(string Id, DateTimeOffset StartedAt, DateTimeOffset ExpiresAt, DateTimeOffset AbsoluteExpiresAt, int IdleTimeoutSeconds);

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
        [.. memberships.Select(m => new MeClient(m.ClientId, m.ClientName, m.ClientKind.Text(), m.Scopes))],
        new MeSession(
            user.Session.Id,
            user.Session.CreatedAt,
            user.Session.ExpiresAt(options.Value),
            user.Session.CreatedAt + options.Value.SessionAbsoluteTimeout,
            (int)options.Value.SessionIdleTimeout.TotalSeconds));
}

/// <summary>Builds the answer of GET /api/me (and of sign-in and the session status): the user, their steps and their clients.</summary>
public sealed class MeResponses(ClientStore clients, IOptions<AccountOptions> options)
{
    public async Task<MeResponse> DescribeAsync(SignedIn user, CancellationToken cancellationToken) =>
        MeResponse.From(user, await clients.MembershipsAsync(user.Account.Id, cancellationToken), options);
}
