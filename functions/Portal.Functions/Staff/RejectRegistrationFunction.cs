using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Outcomes;
using Portal.Core.Registrations;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Staff;

/// <summary>POST /api/staff/registrations/{id}/reject {reason}: the applicant is told the reason by email.</summary>
public sealed class RejectRegistrationFunction(RegistrationReview review)
{
    [Function("RejectRegistration")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(RegistrationDetails), Request = [typeof(RejectRequest)], Problems = [ProblemTypes.NotFound, ProblemTypes.AlreadyDecided])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/registrations/{id}/reject")] HttpRequest request,
        string id)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.RejectRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        var body = read.Value;

        return (await review.RejectAsync(id, body.Reason, staff, ClientInfo.Origin(http), http.RequestAborted)).ToResult(http, application => new OkObjectResult(application));
    }
}
