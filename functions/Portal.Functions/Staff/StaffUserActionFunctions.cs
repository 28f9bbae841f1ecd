using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Staff;

// POST /api/staff/users/{userId}/{action}: one function per action, so each declares its own role.
// Each holds from the user's very next request: their sessions end.

/// <summary>POST /api/staff/users/{userId}/block {reason}: the user can no longer sign in (§20).</summary>
public sealed class StaffBlockUserFunction(UserAdministration users)
{
    [Function("StaffBlockUser")]
    [StaffRole(StaffRoles.Operator)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/users/{userId}/block")] HttpRequest request,
        string userId) =>
        StaffUserActions.WithReasonAsync(request, (reason, staff, origin, cancellationToken) => users.BlockAsync(userId, reason, staff, origin, cancellationToken));
}

/// <summary>POST /api/staff/users/{userId}/unblock {reason}.</summary>
public sealed class StaffUnblockUserFunction(UserAdministration users)
{
    [Function("StaffUnblockUser")]
    [StaffRole(StaffRoles.Operator)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/users/{userId}/unblock")] HttpRequest request,
        string userId) =>
        StaffUserActions.WithReasonAsync(request, (reason, staff, origin, cancellationToken) => users.UnblockAsync(userId, reason, staff, origin, cancellationToken));
}

/// <summary>POST /api/staff/users/{userId}/terminate {reason}: final, with a §21 reason; Admin only.</summary>
public sealed class StaffTerminateUserFunction(UserAdministration users)
{
    [Function("StaffTerminateUser")]
    [StaffRole(StaffRoles.Admin)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/users/{userId}/terminate")] HttpRequest request,
        string userId) =>
        StaffUserActions.WithReasonAsync(request, (reason, staff, origin, cancellationToken) => users.TerminateAsync(userId, reason, staff, origin, cancellationToken));
}

/// <summary>POST /api/staff/users/{userId}/unlock: ends a lockout after failed sign-ins.</summary>
public sealed class StaffUnlockUserFunction(UserAdministration users)
{
    [Function("StaffUnlockUser")]
    [StaffRole(StaffRoles.Operator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/users/{userId}/unlock")] HttpRequest request,
        string userId)
    {
        var http = request.HttpContext;
        return StaffUsers.Result(http, await users.UnlockAsync(userId, request.Proven<StaffMember>(), ClientInfo.Origin(http), http.RequestAborted));
    }
}

/// <summary>POST /api/staff/users/{userId}/demand-password-change: the user must choose a new password at the next sign-in (§15.3).</summary>
public sealed class StaffDemandPasswordChangeFunction(UserAdministration users)
{
    [Function("StaffDemandPasswordChange")]
    [StaffRole(StaffRoles.Operator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/users/{userId}/demand-password-change")] HttpRequest request,
        string userId)
    {
        var http = request.HttpContext;
        return StaffUsers.Result(http, await users.DemandPasswordChangeAsync(userId, request.Proven<StaffMember>(), ClientInfo.Origin(http), http.RequestAborted));
    }
}

internal static class StaffUserActions
{
    /// <summary>An action whose body is {reason}: the body read, the action taken, its outcome answered.</summary>
    public static async Task<IActionResult> WithReasonAsync(
        HttpRequest request, Func<string?, StaffMember, Portal.Core.Audit.AuditOrigin, CancellationToken, Task<StaffActionOutcome>> act)
    {
        var (body, invalid) = await JsonBody.ReadAsync(request, PortalJsonContext.Default.StaffReasonRequest);
        if (invalid is not null)
        {
            return invalid;
        }

        var http = request.HttpContext;
        return StaffUsers.Result(http, await act(body!.Reason, request.Proven<StaffMember>(), ClientInfo.Origin(http), http.RequestAborted));
    }
}
