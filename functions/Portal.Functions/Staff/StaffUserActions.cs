using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Staff;

internal static class StaffUserActions
{
    /// <summary>An action whose body is {reason}: the body read, the action taken, its outcome answered.</summary>
    public static async Task<IActionResult> WithReasonAsync(
        HttpRequest request, Func<string?, StaffMember, Portal.Core.Audit.AuditOrigin, CancellationToken, Task<Outcome<UserAccount>>> act)
    {
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.StaffReasonRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        var body = read.Value;

        var http = request.HttpContext;
        return StaffUsers.Result(http, await act(body.Reason, request.Proven<StaffMember>(), ClientInfo.Origin(http), http.RequestAborted));
    }
}
