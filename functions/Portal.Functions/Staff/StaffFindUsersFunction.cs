using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Staff;

/// <summary>POST /api/staff/users/search {query}: find users by email, name (its beginning) or personal code. Every result shown is audited.</summary>
public sealed class StaffFindUsersFunction(UserAdministration users)
{
    [Function("StaffFindUsers")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(StaffUserListResponse), Request = [typeof(StaffSearchRequest)])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/users/search")] HttpRequest request)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        var query = await SearchQuery.ReadAsync(request, "Enter an email, the beginning of a name (2 letters or more), or a personal code.");
        if (query.Failed)
        {
            return query.Problem;
        }

        var found = await users.FindAsync(query.Value, staff, ClientInfo.Origin(http), http.RequestAborted);
        return new OkObjectResult(new StaffUserListResponse([.. found.Select(StaffUsers.Summary)], ContinuationToken: null));
    }
}
