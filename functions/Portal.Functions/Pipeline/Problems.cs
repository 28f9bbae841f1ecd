using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Outcomes;

namespace Portal.Functions.Pipeline;

/// <summary>Every error the API gives is an RFC 9457 problem; this is the one place that shapes them.</summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";
    public static ObjectResult Validation(HttpContext http, IReadOnlyDictionary<string, string[]> errors) =>
        Result(http, new ValidationProblemDetails(errors.ToDictionary())
        {
            Type = ProblemTypes.BadRequest,
            Title = "The request has invalid fields.",
            Status = StatusCodes.Status400BadRequest,
        });

    /// <summary>A 400 for one field.</summary>
    public static ObjectResult Validation(HttpContext http, string field, string message) => Validation(http, new FieldErrors().Add(field, message));

    public static ObjectResult Unauthorized(HttpContext http, string type, string title, string? detail = null) =>
        Result(http, new ProblemDetails { Type = type, Title = title, Detail = detail, Status = StatusCodes.Status401Unauthorized });

    public static ObjectResult Forbidden(HttpContext http, string type, string title, string? detail = null) =>
        Result(http, new ProblemDetails { Type = type, Title = title, Detail = detail, Status = StatusCodes.Status403Forbidden });

    /// <summary>429: the form was used too often from here or for this email; it says when to try again.</summary>
    public static ObjectResult TooManyRequests(HttpContext http, TimeSpan retryAfter)
    {
        SetRetryAfter(http, retryAfter);
        return Result(http, new ProblemDetails
        {
            Type = ProblemTypes.TooManyRequests,
            Title = "Too many requests.",
            Detail = $"Try again later. {Failure.OtherChannels}",
            Status = StatusCodes.Status429TooManyRequests,
        });
    }

    /// <summary>413: the body is past the route's limit (<see cref="RequestLimits"/>) and was not read.</summary>
    public static ObjectResult PayloadTooLarge(HttpContext http, long maxBytes) =>
        Result(http, new ProblemDetails
        {
            Type = ProblemTypes.PayloadTooLarge,
            Title = "The request body is too large.",
            Detail = $"This takes a body of at most {maxBytes / 1024} KiB.",
            Status = StatusCodes.Status413PayloadTooLarge,
        });

    public static ObjectResult Conflict(HttpContext http, string type, string title, string? detail = null) =>
        Result(http, new ProblemDetails { Type = type, Title = title, Detail = detail, Status = StatusCodes.Status409Conflict });

    public static ObjectResult Unprocessable(HttpContext http, string type, string title, string? detail = null) =>
        Result(http, new ProblemDetails { Type = type, Title = title, Detail = detail, Status = StatusCodes.Status422UnprocessableEntity });

    /// <summary>412: the copy acted on is not the latest; <paramref name="current"/> is, with its ETag (also in the header).</summary>
    public static ObjectResult PreconditionFailed(HttpContext http, string title, string detail, object current)
    {
        var problem = new ProblemDetails { Type = ProblemTypes.PreconditionFailed, Title = title, Detail = detail, Status = StatusCodes.Status412PreconditionFailed };
        problem.Extensions["current"] = current;
        return Result(http, problem);
    }

    public static ObjectResult Gone(HttpContext http, string type, string title, string? detail = null) =>
        Result(http, new ProblemDetails { Type = type, Title = title, Detail = detail, Status = StatusCodes.Status410Gone });

    public static ObjectResult NotFound(HttpContext http, string type, string title, string? detail = null) =>
        Result(http, new ProblemDetails { Type = type, Title = title, Detail = detail, Status = StatusCodes.Status404NotFound });

    /// <summary>503; with <paramref name="retryAfter"/>, the Retry-After header says when to try again.</summary>
    public static ObjectResult Unavailable(
        HttpContext http, string type, string title, string detail, IDictionary<string, object?>? extensions = null, TimeSpan? retryAfter = null)
    {
        if (retryAfter is { } wait)
        {
            SetRetryAfter(http, wait);
        }

        var problem = new ProblemDetails { Type = type, Title = title, Detail = detail, Status = StatusCodes.Status503ServiceUnavailable };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        return Result(http, problem);
    }

    public static ObjectResult ServerError(HttpContext http) =>
        Result(http, new ProblemDetails
        {
            Type = ProblemTypes.ServerError,
            Title = "Something went wrong on our side.",
            Detail = $"Try again later. If it keeps happening, quote the correlation id. {Failure.OtherChannels}",
            Status = StatusCodes.Status500InternalServerError,
        });

    public static ObjectResult Result(HttpContext http, ProblemDetails problem)
    {
        problem.Instance ??= http.Request.Path;
        problem.Extensions["correlationId"] = CorrelationId.Of(http);
        return new ObjectResult(problem)
        {
            StatusCode = problem.Status,
            ContentTypes = { ContentType },
        };
    }

    private static void SetRetryAfter(HttpContext http, TimeSpan retryAfter) =>
        http.Response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
