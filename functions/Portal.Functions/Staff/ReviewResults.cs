using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Registrations;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Staff;

internal static class ReviewResults
{
    public static IActionResult From(HttpContext http, ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.Done done => new OkObjectResult(done.Application),
        ReviewOutcome.NotFound => Problems.NotFound(http, Problems.Types.NotFound, "There is no such application."),
        ReviewOutcome.AlreadyDecided decided => Problems.Conflict(http, Problems.Types.AlreadyDecided, $"The application is {decided.Status} already."),
        ReviewOutcome.Invalid invalid => Problems.Validation(http, invalid.Errors.ToDictionary(e => e.Key, e => e.Value)),
        _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
    };
}
