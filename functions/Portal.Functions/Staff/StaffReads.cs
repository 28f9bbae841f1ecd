using Microsoft.AspNetCore.Http;
using Portal.Core.Audit;
using Portal.Core.Staff;
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
}
