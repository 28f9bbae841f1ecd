using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Submissions;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Submissions;

/// <summary>
/// GET /api/clients/{clientId}/submissions/forms/{kind}/deadline?installedOn=yyyy-MM-dd: the deadline a form counts in working days from the
/// day its field gives (the usage-permit request: five working days after installation), by Latvia's working-day calendar
/// (<see cref="WorkingDays"/>). The query parameter is the form's field; a day the calendar cannot count from is a 400 on that field,
/// logged as a warning for staff (the calendar needs its next year).
/// </summary>
public sealed class SubmissionDeadlineFunction(FormCatalog forms, ILogger<SubmissionDeadlineFunction> logger)
{
    [Function("SubmissionDeadline")]
    [ClientService(ClientServices.Submissions)]
    [Responds(typeof(SubmissionDeadlineResponse), RequiredQuery = ["installedOn"], Problems = [ProblemTypes.NotFound])]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/submissions/forms/{kind}/deadline")] HttpRequest request,
        string clientId,
        string kind)
    {
        var http = request.HttpContext;
        if (forms.NewestOf(kind) is not { Deadline: { } deadline } form || !FormCatalog.Offers(form, request.Proven<ClientAccess>().Client))
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "This client is offered no form of this kind with a deadline.");
        }

        var text = request.Query[deadline.From].ToString();
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
        {
            return Problems.Validation(http, deadline.From, "A day (yyyy-MM-dd).");
        }

        if (WorkingDays.Shipped.Deadline(from, deadline.WorkingDays) is not { } counted)
        {
            SubmissionsLog.BeyondCalendar(logger, kind, from, WorkingDays.Shipped.First.Year, WorkingDays.Shipped.Last.Year);
            return Problems.Validation(http, deadline.From, WorkingDays.Shipped.Beyond(from, deadline.WorkingDays));
        }

        return new OkObjectResult(new SubmissionDeadlineResponse(deadline.From, counted.From, counted.WorkingDays, counted.Deadline, counted.TransfersConfirmed));
    }
}
