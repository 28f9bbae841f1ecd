using Microsoft.Extensions.Options;
using Portal.Core.Accounts;

namespace Portal.Functions.Accounts;

public sealed record SignInRequest(string? Email, string? Password);

/// <summary>A client the user acts for; memberships arrive with the clients feature, until then the list is empty.</summary>
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
    bool MustChangePassword,
    bool MustAcceptTerms,
    IReadOnlyList<MeClient> Clients,
    MeSession Session)
{
    public static MeResponse From(SignedIn user, IOptions<AccountOptions> options) => new(
        user.Account.Id,
        user.Account.Email,
        user.Account.FirstName,
        user.Account.LastName,
        user.Account.Language,
        user.MustChangePassword,
        user.MustAcceptTerms,
        [],
        new MeSession(
            user.Session.Id,
            user.Session.CreatedAt,
            user.Session.ExpiresAt(options.Value),
            user.Session.CreatedAt + options.Value.SessionAbsoluteTimeout,
            (int)options.Value.SessionIdleTimeout.TotalSeconds));
}
