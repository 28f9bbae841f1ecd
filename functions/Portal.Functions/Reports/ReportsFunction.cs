using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Reports;

/// <summary>GET /api/clients/{clientId}/reports: the client's reports still kept, the newest first, each with how far it got.</summary>
public sealed class ReportsFunction(Core.Reports.Reports reports)
{
    [Function("Reports")]
    [ClientService(ClientServices.Reports)]
    [Responds(typeof(ReportListResponse))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/reports")] HttpRequest request,
        string clientId)
    {
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return new OkObjectResult(new ReportListResponse([.. (await reports.ListAsync(clientId, request.HttpContext.RequestAborted)).Select(ReportItem.Of)]));
    }
}
