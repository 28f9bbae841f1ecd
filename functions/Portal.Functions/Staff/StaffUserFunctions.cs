using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Clients;
using Portal.Core.Staff;
using Portal.Functions.Accounts;
using Portal.Functions.Pipeline;
using Portal.Functions.Access;

namespace Portal.Functions.Staff;

public sealed record StaffUserSummary(string Id, string Email, string FirstName, string LastName, string Status);

public sealed record StaffUserListResponse(IReadOnlyList<StaffUserSummary> Items, string? ContinuationToken);

public sealed record StaffUserResponse(
    string Id,
    string Email,
    string FirstName,
    string LastName,
    string Phone,
    string Address,
    string Language,
    string Status,
    string StatusReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset PasswordChangedAt,
    bool MustChangePassword,
    int ConsecutiveFailures,
    DateTimeOffset? LockedUntil,
    IReadOnlyList<MeClient> Clients);

public sealed record StaffActivityItem(DateTimeOffset At, string Action, string Target, string Result, string Actor, string? ClientId, string IpAddress, string UserAgent);

public sealed record StaffActivityResponse(IReadOnlyList<StaffActivityItem> Items, string? ContinuationToken);

public sealed record StaffReasonRequest(string? Reason);

internal static class StaffUsers
{
    public static string StatusName(AccountStatus status) => status switch
    {
        AccountStatus.AwaitingActivation => "awaiting-activation",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static StaffUserSummary Summary(UserAccount account) => new(account.Id, account.Email, account.FirstName, account.LastName, StatusName(account.Status));

    public static IActionResult Result(HttpContext http, StaffActionOutcome outcome) => outcome switch
    {
        StaffActionOutcome.Done done => new OkObjectResult(Summary(done.Account)),
        StaffActionOutcome.NotFound => Problems.NotFound(http, Problems.Types.NotFound, "There is no such user."),
        StaffActionOutcome.NotApplicable not => Problems.Conflict(http, Problems.Types.Conflict, "This does not apply to the user now.", not.Detail),
        StaffActionOutcome.Invalid invalid => Problems.Validation(http, invalid.Errors.ToDictionary(e => e.Key, e => e.Value)),
        _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
    };
}

/// <summary>GET /api/staff/users?query=: find users by email, name (its beginning) or personal code. Every result shown is audited.</summary>
public sealed class StaffFindUsersFunction(UserAdministration users)
{
    [Function("StaffFindUsers")]
    [StaffRole(StaffRoles.Operator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/users")] HttpRequest request)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        var query = request.Query["query"].ToString().Trim();
        if (query.Length is < 2 or > 200)
        {
            return Problems.Validation(http, new Dictionary<string, string[]> { ["query"] = ["Enter an email, the beginning of a name (2 letters or more), or a personal code."] });
        }

        var found = await users.FindAsync(query, staff, ClientInfo.Origin(http), http.RequestAborted);
        return new OkObjectResult(new StaffUserListResponse([.. found.Select(StaffUsers.Summary)], ContinuationToken: null));
    }
}

/// <summary>GET /api/staff/users/{userId}: one user with their lock and clients. The read is audited in the user's trail.</summary>
public sealed class StaffUserFunction(UserAdministration users)
{
    [Function("StaffUser")]
    [StaffRole(StaffRoles.Operator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/users/{userId}")] HttpRequest request,
        string userId)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        if (await users.GetAsync(userId, staff, ClientInfo.Origin(http), http.RequestAborted) is not { } details)
        {
            return Problems.NotFound(http, Problems.Types.NotFound, "There is no such user.");
        }

        var account = details.Account;
        return new OkObjectResult(new StaffUserResponse(
            account.Id, account.Email, account.FirstName, account.LastName, account.Phone, account.Address, account.Language,
            StaffUsers.StatusName(account.Status), account.StatusReason, account.CreatedAt, account.PasswordChangedAt, account.MustChangePassword,
            details.Lockout.ConsecutiveFailures, details.Lockout.LockedUntil,
            [.. details.Memberships.Select(m => new MeClient(m.ClientId, m.ClientName, m.ClientKind.Text(), m.Scopes))]));
    }
}

/// <summary>GET /api/staff/users/{userId}/activity: the user's audit trail, newest first (§23.3). The read itself is recorded first.</summary>
public sealed class StaffUserActivityFunction(UserAdministration users)
{
    private const int PageSize = 50;

    [Function("StaffUserActivity")]
    [StaffRole(StaffRoles.Operator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/users/{userId}/activity")] HttpRequest request,
        string userId)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        var page = await users.TrailAsync(userId, PageSize, ContinuationToken.Of(request), staff, ClientInfo.Origin(http), http.RequestAborted);
        return page is not { } found
            ? Problems.NotFound(http, Problems.Types.NotFound, "There is no such user.")
            : new OkObjectResult(new StaffActivityResponse(
                [.. found.Items.Select(r => new StaffActivityItem(r.At, r.Action, r.Target, r.Result, r.Actor, r.ClientId, r.IpAddress, r.UserAgent))],
                found.ContinuationToken));
    }
}
