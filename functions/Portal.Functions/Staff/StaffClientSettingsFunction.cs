using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Audit;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Staff;

/// <summary>PATCH /api/staff/clients/{clientId} {selfServiceInvitations}: a setting only staff change.</summary>
public sealed class StaffClientSettingsFunction(ClientStore clients, AuditTrail audit)
{
    [Function("StaffClientSettings")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(ClientSettingsResponse), Request = [typeof(ClientSettingsRequest)], Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "staff/clients/{clientId}")] HttpRequest request,
        string clientId)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.ClientSettingsRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        var body = read.Value;

        if (body.SelfServiceInvitations is not { } enabled)
        {
            return Problems.Validation(http, "selfServiceInvitations", "true or false.");
        }

        if (await clients.SetSelfServiceInvitationsAsync(clientId, enabled, http.RequestAborted) is not { } client)
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "There is no such client.");
        }

        var origin = ClientInfo.Origin(http);
        await audit.AppendAsync(AuditTrail.ClientChain(clientId), staff.Actor, clientId, AuditActions.ClientSettings, $"selfServiceInvitations={enabled}", AuditActions.Succeeded, origin, http.RequestAborted);
        await audit.AppendAsync(AuditTrail.StaffChain(staff.Id), staff.Actor, clientId, AuditActions.ClientSettings, $"selfServiceInvitations={enabled}", AuditActions.Succeeded, origin, http.RequestAborted);
        return new OkObjectResult(new ClientSettingsResponse(client.Id, client.Name, client.SelfServiceInvitations));
    }
}
