using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Calendar;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Calendar;

/// <summary>POST /api/me/calendar: makes the user's calendar feed address, or a new one that ends the old; answers <c>{ url }</c>.</summary>
public sealed class CalendarRenewFunction(CalendarFeeds feeds)
{
    [Function("CalendarRenew")]
    [SignedInUser]
    [Responds(typeof(CalendarResponse))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/calendar")] HttpRequest request) =>
        new OkObjectResult(new CalendarResponse(await feeds.RenewAsync(request.Proven<SignedIn>().Account.Id, ClientInfo.Origin(request.HttpContext), request.HttpContext.RequestAborted)));
}

public sealed record CalendarResponse(string Url);
