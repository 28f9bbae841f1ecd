using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Clients;
using Portal.Functions.Access;

namespace Portal.Functions.Accounts;

/// <summary>Builds the answer of GET /api/me (and of sign-in and the session status): the user, their steps and their clients.</summary>
public sealed class MeResponses(ClientStore clients, IOptions<AccountOptions> options)
{
    public async Task<MeResponse> DescribeAsync(SignedIn user, CancellationToken cancellationToken) =>
        Describe(user, await clients.MembershipsAsync(user.Account.Id, cancellationToken));

    /// <summary>The answer from clients read before (<see cref="ReadClientsAsync"/>).</summary>
    public MeResponse Describe(SignedIn user, IReadOnlyList<Membership> memberships) => MeResponse.From(user, memberships, options);

    /// <summary>
    /// The clients of the account being read, read ahead beside other work such as a password check. Where no account was found,
    /// those of a user id no account has are read (none), so the storage calls tell nothing of the email.
    /// </summary>
    public async Task<IReadOnlyList<Membership>> ReadClientsAsync(Task<UserAccount?> finding, CancellationToken cancellationToken) =>
        await clients.MembershipsAsync((await finding)?.Id ?? AccountStore.NoUser, cancellationToken);
}
