using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core;
using Portal.Core.Clients;
using Portal.Core.Documents;
using Portal.Core.Outcomes;
using Portal.Core.Reports;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Reports;

/// <summary>GET /api/clients/{clientId}/reports/{reportId}/file: a ready report's PDF or CSV, as an attachment.</summary>
public sealed class ReportFileFunction(Core.Reports.Reports reports)
{
    [Function("ReportFile")]
    [ClientService(ClientServices.Reports)]
    [Responds(StatusCodes.Status200OK, MediaType = "application/pdf, text/csv", Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/reports/{reportId}/file")] HttpRequest request,
        string clientId,
        string reportId)
    {
        var http = request.HttpContext;
        if (await reports.OpenAsync(clientId, reportId, http.RequestAborted) is not { } found)
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "There is no such report ready to download.");
        }

        var type = found.Report.Order.Format == ReportFormat.Pdf ? "application/pdf" : CsvWriter.MediaType;
        return StoredDocuments.Attachment(http, found.Content, type, found.Report.FileName ?? $"{reportId}.{Vocabulary<ReportFormat>.Text(found.Report.Order.Format)}");
    }
}
