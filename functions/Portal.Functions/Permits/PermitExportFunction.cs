using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Permits;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Permits;

/// <summary>
/// GET /api/clients/{clientId}/permits/export?format=csv|geojson|kml&amp;separator=&amp;language=&amp;(the list's search):
/// the stations of the client's permits that the search selects, as a file (<see cref="PermitExport"/>).
/// </summary>
public sealed class PermitExportFunction(PermitExport export, TimeProvider time)
{
    [Function("PermitExport")]
    [ClientService(ClientServices.Permits)]
    [Responds(StatusCodes.Status200OK, MediaType = "text/csv, application/geo+json, application/vnd.google-earth.kml+xml",
        Query = ["format", "separator", "language", "q", "callSign", "frequencyFrom", "frequencyTo", "service"],
        Problems = [ProblemTypes.BadRequest, ProblemTypes.ServiceNotRegistered])]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/permits/export")] HttpRequest request,
        string clientId)
    {
        var http = request.HttpContext;
        var errors = new FieldErrors();
        var format = request.Query["format"].ToString().Trim() switch
        {
            "csv" => StationFormat.Csv,
            "geojson" => StationFormat.GeoJson,
            "kml" => StationFormat.Kml,
            _ => (StationFormat?)null,
        };
        if (format is null)
        {
            errors.Add("format", "csv, geojson or kml.");
        }

        var (dialect, language) = ExportParameters.Read(request, errors);
        var query = PermitQuery.Parse(name => request.Query[name].ToString());
        errors.AddAll(query.Failure);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(http, errors);
        }

        if (PermitsFunction.Unregistered(http, query.Value, request.Proven<ClientAccess>().Client.Services) is { } refused)
        {
            return refused;
        }

        var name = ExportParameters.FileName(language == "en" ? "stations" : "stacijas", RigaCalendar.DateOf(time.GetUtcNow()), PermitExport.Extension(format!.Value));
        return StoredDocuments.Written(
            http, PermitExport.MediaType(format.Value), name,
            (body, cancellationToken) => export.WriteAsync(clientId, query.Value, format.Value, language, dialect, body, cancellationToken));
    }
}
