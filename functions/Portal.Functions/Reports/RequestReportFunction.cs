using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core;
using Portal.Core.Clients;
using Portal.Core.Documents;
using Portal.Core.Outcomes;
using Portal.Core.Reports;
using Portal.Functions.Access;
using Portal.Functions.Billing;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Reports;

/// <summary>
/// POST /api/clients/{clientId}/reports: asks for a statement or ageing report and answers 202 with its id at once; a
/// queue-triggered function builds it (<see cref="BuildReportFunction"/>), and GET .../reports/{id} shows how far it got.
/// </summary>
public sealed class RequestReportFunction(Core.Reports.Reports reports, TimeProvider time)
{
    /// <summary>A client may ask for this many reports an hour: each is read from every record it covers.</summary>
    public const int PerHour = 20;

    [Function("RequestReport")]
    [ClientService(ClientServices.Reports)]
    [Responds(StatusCodes.Status202Accepted, typeof(ReportItem), Request = [typeof(ReportRequest)], Problems = [ProblemTypes.TooManyRequests])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clients/{clientId}/reports")] HttpRequest request,
        string clientId)
    {
        var access = request.Proven<ClientAccess>();
        var http = request.HttpContext;
        var today = RigaCalendar.DateOf(time.GetUtcNow());
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.ReportRequest, (body, errors) => Check(body, errors, access, today));
        if (read.Failed)
        {
            return read.Problem;
        }

        if (await reports.RequestedSinceAsync(clientId, time.GetUtcNow().AddHours(-1), PerHour, http.RequestAborted) >= PerHour)
        {
            return Problems.TooManyRequests(http, TimeSpan.FromHours(1));
        }

        var report = await reports.RequestAsync(clientId, access.User.Account.Id, read.Value, http.RequestAborted);
        http.Response.Headers.Location = $"/api/clients/{clientId}/reports/{report.Id}";
        return new ObjectResult(ReportItem.Of(report)) { StatusCode = StatusCodes.Status202Accepted };
    }

    private static ReportOrder Check(ReportRequest body, FieldErrors errors, ClientAccess access, DateOnly today)
    {
        var kind = Vocabulary<ReportKind>.Parse(body.Kind);
        var format = Vocabulary<ReportFormat>.Parse(body.Format);
        if (kind is null)
        {
            errors.Add("kind", Vocabulary<ReportKind>.OneOf);
        }

        if (format is null)
        {
            errors.Add("format", Vocabulary<ReportFormat>.OneOf);
        }

        if (body.Language is { } asked && !DocumentText.Languages.Contains(asked))
        {
            errors.Add("language", $"One of: {string.Join(", ", DocumentText.Languages)}.");
        }

        var language = DocumentText.LanguageOf(body.Language ?? access.User.Account.Language);
        if (kind == ReportKind.Statement)
        {
            var statement = ClientServices.For(ClientServices.Statement);
            if (!ClientServices.Serves(statement, access.Client))
            {
                errors.Add("kind", statement.Unavailable);
            }

            if (StatementFunction.Period(body.From, body.To, errors) is { } period)
            {
                return new ReportOrder(ReportKind.Statement, format ?? default, language, period.From, period.To, null);
            }
        }
        else if (kind == ReportKind.Ageing)
        {
            if (!DateOnly.TryParseExact(body.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf) || asOf.Year < 2000)
            {
                errors.Add("asOf", "A day: yyyy-MM-dd.");
            }
            else if (asOf > today)
            {
                errors.Add("asOf", "Today or a day before: what was open is known, what will be is not.");
            }

            return new ReportOrder(ReportKind.Ageing, format ?? default, language, null, null, asOf);
        }

        return new ReportOrder(kind ?? default, format ?? default, language, null, null, null);
    }
}
