using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Clients;
using Portal.Functions.Access;

namespace Portal.Functions.Accounts;

/// <summary>Builds the answer of GET /api/me (and of sign-in and the session status): the user, their steps and their clients.</summary>
public sealed class MeResponses(ClientStore clients, IOptions<AccountOptions> options)
{
    public async Task<MeResponse> DescribeAsync(SignedIn user, CancellationToken cancellationToken) =>
        MeResponse.From(user, await clients.MembershipsAsync(user.Account.Id, cancellationToken), options);
}
