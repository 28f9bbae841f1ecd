using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Outcomes;
using Portal.Core.Payments;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Payments;

/// <summary>GET /api/staff/payment-orders/flagged: payment orders staff should look at (paid late or twice, booked otherwise, not booked in time).</summary>
public sealed class StaffFlaggedPaymentsFunction(FlaggedPaymentOrders flagged)
{
    [Function("StaffFlaggedPayments")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(FlaggedPaymentListResponse))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/payment-orders/flagged")] HttpRequest request) =>
        new OkObjectResult(new FlaggedPaymentListResponse(await flagged.ListAsync(200, request.HttpContext.RequestAborted)));
}

/// <summary>POST /api/staff/payment-orders/{orderId}/resolve {note}: the order's flags off the list, what was done on the client's trail.</summary>
public sealed class StaffResolvePaymentFlagFunction(FlaggedPaymentOrders flagged)
{
    [Function("StaffResolvePaymentFlag")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(StatusCodes.Status204NoContent, Request = [typeof(ResolvePaymentFlagRequest)], Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/payment-orders/{orderId}/resolve")] HttpRequest request,
        string orderId)
    {
        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.ResolvePaymentFlagRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        return (await flagged.ResolveAsync(orderId, read.Value.Note ?? "", request.Proven<StaffMember>(), ClientInfo.Origin(http), http.RequestAborted)).ToResult(http);
    }
}
