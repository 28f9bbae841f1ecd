using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Calendar;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Calendar;

/// <summary>
/// GET /api/calendar/{secret}.ics: the user's calendar feed, for a calendar application to subscribe to (it sends no
/// cookie: the secret in the address is the credential). A secret that is unknown, renewed, or whose user may no
/// longer use the portal is a 404, the same as one that never was.
/// </summary>
public sealed class CalendarFeedFunction(CalendarFeeds feeds)
{
    [Function("CalendarFeed")]
    [Anonymous]
    [Responds(StatusCodes.Status200OK, MediaType = "text/calendar", Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "calendar/{secret}.ics")] HttpRequest request,
        string secret)
    {
        var http = request.HttpContext;
        if (await feeds.FeedAsync(secret, http.RequestAborted) is not { } feed)
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "There is no such calendar.");
        }

        http.Response.Headers.CacheControl = "private, no-store";
        return new ContentResult { Content = feed, ContentType = "text/calendar; charset=utf-8", StatusCode = StatusCodes.Status200OK };
    }
}
