using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Staff;

/// <summary>GET /api/staff/me: the signed-in staff member and their roles (the staff UI shows what they allow).</summary>
public sealed class StaffMeFunction
{
    [Function("StaffMe")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(StaffMeResponse))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/me")] HttpRequest request)
    {
        var staff = request.Proven<StaffMember>();
        return new OkObjectResult(new StaffMeResponse(staff.Id, staff.Name, staff.Email, staff.Roles));
    }
}
