using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Documents;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Billing;

/// <summary>
/// GET /api/clients/{clientId}/invoices/export?format=csv&amp;separator=&amp;language=&amp;(the list's filters and sort):
/// every invoice the list's filter selects, in its order, as a CSV file (<see cref="CsvWriter"/>): ";" and a decimal
/// comma by default, "," and a decimal point with separator=comma; column names and words in Latvian or English.
/// </summary>
public sealed class InvoiceExportFunction(InvoiceExport export, TimeProvider time)
{
    [Function("InvoiceExport")]
    [ClientService(ClientServices.Invoices)]
    [Responds(StatusCodes.Status200OK, MediaType = "text/csv",
        Query = ["format", "separator", "language", "state", "issuedFrom", "issuedTo", "dueFrom", "dueTo", "minAmount", "maxAmount", "billingAccount", "number", "reference", "sort"],
        Problems = [ProblemTypes.BadRequest])]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/invoices/export")] HttpRequest request,
        string clientId)
    {
        var http = request.HttpContext;
        var errors = new FieldErrors();
        if (request.Query["format"].ToString().Trim() is not ("" or "csv"))
        {
            errors.Add("format", "csv (the only format of this export).");
        }

        var (dialect, language) = ExportParameters.Read(request, errors);
        var query = InvoiceQuery.Parse(name => request.Query[name].ToString());
        errors.AddAll(query.Failure);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(http, errors);
        }

        var today = RigaCalendar.DateOf(time.GetUtcNow());
        return StoredDocuments.Written(
            http, CsvWriter.MediaType, ExportParameters.FileName(language == "en" ? "invoices" : "rekini", today, "csv"),
            (body, cancellationToken) => export.WriteCsvAsync(clientId, query.Value, language, dialect, today, body, cancellationToken));
    }
}
