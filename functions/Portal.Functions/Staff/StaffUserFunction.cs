using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Accounts;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Staff;

/// <summary>GET /api/staff/users/{userId}: one user with their lock and clients. The read is audited in the user's trail.</summary>
public sealed class StaffUserFunction(UserAdministration users)
{
    [Function("StaffUser")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(StaffUserResponse), Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/users/{userId}")] HttpRequest request,
        string userId)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        if (await users.GetAsync(userId, staff, ClientInfo.Origin(http), http.RequestAborted) is not { } details)
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "There is no such user.");
        }

        var account = details.Account;
        return new OkObjectResult(new StaffUserResponse(
            account.Id, account.Email, account.FirstName, account.LastName, account.Phone, account.Address, account.Language,
            StaffUsers.StatusName(account.Status), account.StatusReason, account.CreatedAt, account.PasswordChangedAt, account.MustChangePassword,
            details.Lockout.ConsecutiveFailures, details.Lockout.LockedUntil,
            [.. details.Memberships.Select(m => new MeClient(m.ClientId, m.ClientName, m.ClientKind, m.Scopes))]));
    }
}
