using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Audit;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Staff;

/// <summary>Every staff read of a person's data goes into the person's (or application's) trail and the staff member's own (§23, docs/ARCHITECTURE.md).</summary>
internal static class StaffReads
{
    public static async Task RecordAsync(AuditTrail audit, StaffMember staff, string chain, string? clientId, string target, HttpContext http)
    {
        var origin = ClientInfo.Origin(http);
        await audit.AppendAsync(chain, staff.Actor, clientId, AuditActions.StaffRead, target, AuditActions.Succeeded, origin, http.RequestAborted);
        await audit.AppendAsync(AuditTrail.StaffChain(staff.Id), staff.Actor, clientId, AuditActions.StaffRead, target, AuditActions.Succeeded, origin, http.RequestAborted);
    }

    /// <summary>
    /// The client a staff member reads (the read of <paramref name="target"/> recorded in both trails first), or the 404 to
    /// answer when there is no such client.
    /// </summary>
    public static async Task<(Client? Client, IActionResult? Problem)> OpenClientAsync(ClientStore clients, AuditTrail audit, HttpRequest request, string clientId, string target)
    {
        var http = request.HttpContext;
        if (await clients.GetAsync(clientId, http.RequestAborted) is not { } client)
        {
            return (null, Problems.NotFound(http, ProblemTypes.NotFound, "There is no such client."));
        }

        await RecordAsync(audit, request.Proven<StaffMember>(), AuditTrail.ClientChain(clientId), clientId, target, http);
        return (client, null);
    }
}
