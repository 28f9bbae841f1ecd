using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Audit;
using Portal.Core.Outcomes;
using Portal.Core.Registrations;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Staff;

/// <summary>GET /api/staff/registrations/{id}: one application, whatever its status. The read is audited.</summary>
public sealed class StaffRegistrationFunction(RegistrationReview review, AuditTrail audit)
{
    [Function("StaffRegistration")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(RegistrationDetails), Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/registrations/{id}")] HttpRequest request,
        string id)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        if (await review.GetAsync(id, http.RequestAborted) is not { } application)
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "There is no such application.");
        }

        await StaffReads.RecordAsync(audit, staff, RegistrationEntityChain(id), application.ClientId, $"registration:{id}", http);
        return new OkObjectResult(application);
    }

    internal static string RegistrationEntityChain(string id) => $"registration|{id}";
}
