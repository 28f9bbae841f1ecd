using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Clients;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Clients;

internal static class RepresentativeResults
{
    public static IActionResult From(HttpContext http, RepresentativeOutcome outcome) => outcome switch
    {
        RepresentativeOutcome.Done => new NoContentResult(),
        RepresentativeOutcome.Invited invited => new ObjectResult(invited.Invitation) { StatusCode = StatusCodes.Status202Accepted },
        RepresentativeOutcome.NotFound => Problems.NotFound(http, Problems.Types.NotFound, "There is no such representative or invitation."),
        RepresentativeOutcome.LastAdmin => Problems.Conflict(http, Problems.Types.LastAdmin, "The client's last admin stays.", $"Make another representative an admin first, or ask ES. {Problems.OtherChannels}"),
        RepresentativeOutcome.Invalid invalid => Problems.Validation(http, invalid.Errors.ToDictionary(e => e.Key, e => e.Value)),
        RepresentativeOutcome.Throttled => Problems.TooManyRequests(http),
        _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
    };
}
