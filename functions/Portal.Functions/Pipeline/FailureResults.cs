using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Functions.Accounts;

namespace Portal.Functions.Pipeline;

/// <summary>
/// The one mapping from a command's <see cref="Failure"/> to the problem the API answers with
/// (docs/ARCHITECTURE.md, "Outcomes"). A test creates every failure type Core defines and checks it
/// is mapped here, so a new case cannot reach the fallback.
/// </summary>
public static class FailureResults
{
    public static ObjectResult From(HttpContext http, Failure failure) => failure switch
    {
        Failure.NotFound notFound => Problems.NotFound(http, ProblemTypes.NotFound, notFound.Title),
        Failure.Invalid invalid => Problems.Validation(http, invalid.Errors),
        Failure.Conflict conflict => Problems.Conflict(http, conflict.Type, conflict.Title, conflict.Detail),
        Failure.Unprocessable unprocessable => Problems.Unprocessable(http, unprocessable.Type, unprocessable.Title, unprocessable.Detail),
        Core.Submissions.SubmissionStale stale => Problems.PreconditionFailed(http, Core.Submissions.SubmissionStale.Title, "Reload it, or act on the latest (its ETag is in current).", stale.Current),
        Failure.Throttled throttled => Problems.TooManyRequests(http, throttled.RetryAfter),
        Failure.Forbidden forbidden => Problems.Forbidden(http, forbidden.Type, forbidden.Title, forbidden.Detail),
        Failure.Unauthenticated unauthenticated => Problems.Unauthorized(http, unauthenticated.Type, unauthenticated.Title, unauthenticated.Detail),
        Failure.Expired expired => Problems.Gone(http, expired.Type, expired.Title, expired.Detail),
        PasswordRefused refused => PasswordRefusals.Problem(http, refused),
        Core.Identity.ExternalAnswerRefused => Problems.Unauthorized(http, ProblemTypes.SignInFailed, "The sign-in was not accepted.", Failure.OtherChannels),
        Core.Payments.PaymentAnswerRefused => Problems.Unprocessable(http, ProblemTypes.PaymentAnswerRefused, "The payment answer was not accepted."),
        _ => throw new InvalidOperationException($"No problem is mapped for {failure.GetType().Name}: add it to {nameof(FailureResults)}."),
    };

    /// <summary>The command's value answered by <paramref name="done"/>, or its failure as a problem.</summary>
    public static IActionResult ToResult<T>(this Outcome<T> outcome, HttpContext http, Func<T, IActionResult> done) =>
        outcome.Failure is { } failure ? From(http, failure) : done(outcome.Value);

    /// <summary>204 for a command with nothing to give back, or its failure as a problem.</summary>
    public static IActionResult ToResult(this Outcome<Done> outcome, HttpContext http) => outcome.ToResult(http, _ => new NoContentResult());

    /// <summary>For functions that do more after success: <c>if (outcome.Failed(http, out var problem)) return problem;</c>.</summary>
    public static bool Failed<T>(this Outcome<T> outcome, HttpContext http, [NotNullWhen(true)] out IActionResult? problem)
    {
        problem = outcome.Failure is { } failure ? From(http, failure) : null;
        return problem is not null;
    }
}
