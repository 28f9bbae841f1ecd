using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Clients;
using Portal.Core.Staff;
using Portal.Functions.Accounts;
using Portal.Functions.Pipeline;

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
public sealed class StaffFindUsersFunction(StaffGate gate, UserAdministration users)
{
    [Function("StaffFindUsers")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/users")] HttpRequest request)
    {
        var (staff, problem) = await gate.CheckAsync(request, StaffRoles.Operator);
        if (problem is not null)
        {
            return problem;
        }

        var http = request.HttpContext;
        var query = request.Query["query"].ToString().Trim();
        if (query.Length is < 2 or > 200)
        {
            return Problems.Validation(http, new Dictionary<string, string[]> { ["query"] = ["Enter an email, the beginning of a name (2 letters or more), or a personal code."] });
        }

        var found = await users.FindAsync(query, staff!, ClientInfo.Origin(http), http.RequestAborted);
        return new OkObjectResult(new StaffUserListResponse([.. found.Select(StaffUsers.Summary)], ContinuationToken: null));
    }
}

/// <summary>GET /api/staff/users/{userId}: one user with their lock and clients. The read is audited in the user's trail.</summary>
public sealed class StaffUserFunction(StaffGate gate, UserAdministration users)
{
    [Function("StaffUser")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/users/{userId}")] HttpRequest request,
        string userId)
    {
        var (staff, problem) = await gate.CheckAsync(request, StaffRoles.Operator);
        if (problem is not null)
        {
            return problem;
        }

        var http = request.HttpContext;
        if (await users.GetAsync(userId, staff!, ClientInfo.Origin(http), http.RequestAborted) is not { } details)
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
public sealed class StaffUserActivityFunction(StaffGate gate, UserAdministration users)
{
    private const int PageSize = 50;

    [Function("StaffUserActivity")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/users/{userId}/activity")] HttpRequest request,
        string userId)
    {
        var (staff, problem) = await gate.CheckAsync(request, StaffRoles.Operator);
        if (problem is not null)
        {
            return problem;
        }

        var http = request.HttpContext;
        var continuation = request.Query["continuationToken"].ToString();
        try
        {
            var page = await users.TrailAsync(userId, PageSize, continuation.Length == 0 ? null : continuation, staff!, ClientInfo.Origin(http), http.RequestAborted);
            return page is not { } found
                ? Problems.NotFound(http, Problems.Types.NotFound, "There is no such user.")
                : new OkObjectResult(new StaffActivityResponse(
                    [.. found.Items.Select(r => new StaffActivityItem(r.At, r.Action, r.Target, r.Result, r.Actor, r.ClientId, r.IpAddress, r.UserAgent))],
                    found.ContinuationToken));
        }
        catch (RequestFailedException exception) when (exception.Status == 400)
        {
            return Problems.Validation(http, new Dictionary<string, string[]> { ["continuationToken"] = ["The continuation token is not one this list gave out."] });
        }
    }
}

/// <summary>
/// POST /api/staff/users/{userId}/{action}: block {reason}, unblock {reason}, terminate {reason} (Admin; a §21 reason),
/// unlock, demand-password-change. Each holds from the user's very next request: their sessions end.
/// </summary>
public sealed class StaffUserActionFunction(StaffGate gate, UserAdministration users)
{
    [Function("StaffUserAction")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/users/{userId}/{action}")] HttpRequest request,
        string userId,
        string action)
    {
        var http = request.HttpContext;
        if (action is not ("block" or "unblock" or "terminate" or "unlock" or "demand-password-change"))
        {
            return Problems.NotFound(http, Problems.Types.RouteNotFound, "There is no such staff action.", "Actions: block, unblock, terminate, unlock, demand-password-change.");
        }

        var (staff, problem) = await gate.CheckAsync(request, action == "terminate" ? StaffRoles.Admin : StaffRoles.Operator);
        if (problem is not null)
        {
            return problem;
        }

        string? reason = null;
        if (action is "block" or "unblock" or "terminate")
        {
            var (body, invalid) = await JsonBody.ReadAsync(request, PortalJsonContext.Default.StaffReasonRequest);
            if (invalid is not null)
            {
                return invalid;
            }

            reason = body!.Reason;
        }

        var origin = ClientInfo.Origin(http);
        var cancellationToken = http.RequestAborted;
        return StaffUsers.Result(http, action switch
        {
            "block" => await users.BlockAsync(userId, reason, staff!, origin, cancellationToken),
            "unblock" => await users.UnblockAsync(userId, reason, staff!, origin, cancellationToken),
            "terminate" => await users.TerminateAsync(userId, reason, staff!, origin, cancellationToken),
            "unlock" => await users.UnlockAsync(userId, staff!, origin, cancellationToken),
            _ => await users.DemandPasswordChangeAsync(userId, staff!, origin, cancellationToken),
        });
    }
}
