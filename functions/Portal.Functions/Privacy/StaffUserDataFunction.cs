using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Outcomes;
using Portal.Core.Privacy;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Privacy;

/// <summary>GET /api/staff/users/{userId}/data: a user's data for a data-subject request (§9), on the user's trail and the staff member's before it is read.</summary>
public sealed class StaffUserDataFunction(PersonalDataExport export)
{
    [Function("StaffUserData")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(PersonalDataResponse), Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/users/{userId}/data")] HttpRequest request,
        string userId)
    {
        var http = request.HttpContext;
        var data = await export.ForStaffAsync(userId, request.Proven<StaffMember>(), ClientInfo.Origin(http), http.RequestAborted);
        if (data is null)
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "There is no such user.");
        }

        http.Response.Headers.ContentDisposition = PersonalDataResponse.Disposition(data.Account.Id);
        return new OkObjectResult(PersonalDataResponse.From(data));
    }
}
