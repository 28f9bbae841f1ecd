using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Outcomes;
using Portal.Core.Submissions;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Submissions;

/// <summary>POST /api/feedback: a signed-in user's note to ES about the portal itself (§16.3); a few a day (429 past them). Answers 202.</summary>
public sealed class FeedbackFunction(PortalFeedback feedback)
{
    [Function("Feedback")]
    [SignedInUser]
    [Responds(StatusCodes.Status202Accepted, Request = [typeof(FeedbackRequest)], Problems = [ProblemTypes.TooManyRequests])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "feedback")] HttpRequest request)
    {
        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.FeedbackRequest, (body, errors) =>
        {
            var message = errors.Required("message", body.Message?.Trim(), "Say what you found.");
            if (message.Length > PortalFeedback.MaxLength)
            {
                errors.Add("message", $"At most {PortalFeedback.MaxLength} characters.");
            }

            if (body.Page is { Length: > 200 } || (body.Page is { } page && !page.StartsWith('/')))
            {
                errors.Add("page", "The page's path, beginning with / (at most 200 characters).");
            }

            return (Message: message, body.Page);
        });
        if (read.Failed)
        {
            return read.Problem;
        }

        var user = request.Proven<SignedIn>().Account;
        var outcome = await feedback.SendAsync(user, read.Value.Message, read.Value.Page, ClientInfo.Origin(http).UserAgent, http.RequestAborted);
        return outcome.ToResult(http, _ => new StatusCodeResult(StatusCodes.Status202Accepted));
    }
}
