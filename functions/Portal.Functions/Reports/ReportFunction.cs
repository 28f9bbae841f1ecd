using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Reports;

/// <summary>GET /api/clients/{clientId}/reports/{reportId}: one report, for the page that waits for it to be ready.</summary>
public sealed class ReportFunction(Core.Reports.Reports reports)
{
    [Function("Report")]
    [ClientService(ClientServices.Reports)]
    [Responds(typeof(ReportItem), Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/reports/{reportId}")] HttpRequest request,
        string clientId,
        string reportId)
    {
        var http = request.HttpContext;
        if (await reports.FindAsync(clientId, reportId, http.RequestAborted) is not { } report)
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "There is no such report, or it is no longer kept.");
        }

        http.Response.Headers.CacheControl = "no-store";
        return new OkObjectResult(ReportItem.Of(report));
    }
}
