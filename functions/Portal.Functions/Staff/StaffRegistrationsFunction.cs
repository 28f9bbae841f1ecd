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

/// <summary>GET /api/staff/registrations?status=pending: applications waiting for review, oldest first.</summary>
public sealed class StaffRegistrationsFunction(RegistrationReview review, AuditTrail audit)
{
    private const int PageSize = 50;

    [Function("StaffRegistrations")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(RegistrationListResponse), Query = ["status", "continuationToken"], Problems = [ProblemTypes.BadRequest])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/registrations")] HttpRequest request)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        if (request.Query["status"].ToString() is { Length: > 0 } status && status != "pending")
        {
            return Problems.Validation(http, "status", "Only pending applications are listed; open a decided one by its id.");
        }

        var page = await review.ListPendingAsync(PageSize, ContinuationToken.Of(request), http.RequestAborted);
        await audit.AppendAsync(AuditTrail.StaffChain(staff.Id), staff.Actor, clientId: null, AuditActions.StaffRead,
            $"registrations:{string.Join(',', page.Items.Select(i => i.Id))}", AuditActions.Succeeded, ClientInfo.Origin(http), http.RequestAborted);
        return new OkObjectResult(new RegistrationListResponse([.. page.Items.Select(RegistrationSummary.From)], page.ContinuationToken));
    }
}
