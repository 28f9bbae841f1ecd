using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Functions.Pipeline;

/// <summary>Every error the API gives is an RFC 9457 problem; this is the one place that shapes them.</summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";
    private const string PortalTypes = "https://radioatlaujas.lv/problems/";

    public static class Types
    {
        public const string BadRequest = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1";
        public const string NotFound = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5";
        public const string ServerError = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1";
        public const string Unavailable = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4";
        public const string RouteNotFound = PortalTypes + "route-not-found";
        public const string TermsVersionNotFound = PortalTypes + "terms-version-not-found";
        public const string StorageUnavailable = PortalTypes + "storage-unavailable";
        public const string XsrfTokenMissing = PortalTypes + "xsrf-token-missing";
        public const string SignInFailed = PortalTypes + "sign-in-failed";
        public const string AccessBlocked = PortalTypes + "access-blocked";
        public const string SessionRequired = PortalTypes + "session-required";
        public const string PasswordChangeRequired = PortalTypes + "password-change-required";
        public const string TermsAcceptanceRequired = PortalTypes + "terms-acceptance-required";
        public const string Conflict = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10";
        public const string AlreadyDecided = PortalTypes + "already-decided";
        public const string ActivationLinkExpired = PortalTypes + "activation-link-expired";
        public const string InvalidLink = PortalTypes + "invalid-link";
        public const string LastAdmin = PortalTypes + "last-admin";
        public const string InvitationForAnotherAccount = PortalTypes + "invitation-for-another-account";
        public const string ClientNotFound = PortalTypes + "client-not-found";
        public const string ScopeRequired = PortalTypes + "scope-required";
        public const string ServiceNotAvailable = PortalTypes + "service-not-available";
        public const string ServiceNotRegistered = PortalTypes + "service-not-registered";
        public const string StaffSignInRequired = PortalTypes + "staff-sign-in-required";
        public const string StaffRoleRequired = PortalTypes + "staff-role-required";
        public const string TooManyRequests = "https://www.rfc-editor.org/rfc/rfc6585#section-4";
    }

    /// <summary>Where a user turns when the portal cannot help (§15.8, §36).</summary>
    public const string OtherChannels = "Contact ES by phone 67332179 or by email info@vases.lv.";

    public static ObjectResult Validation(HttpContext http, IDictionary<string, string[]> errors) =>
        Result(http, new ValidationProblemDetails(errors)
        {
            Type = Types.BadRequest,
            Title = "The request has invalid fields.",
            Status = StatusCodes.Status400BadRequest,
        });

    /// <summary>A 400 naming every required field that is empty; null when all are given.</summary>
    public static ObjectResult? MissingFields(HttpContext http, params (string Field, string? Value)[] fields)
    {
        var missing = fields.Where(f => string.IsNullOrEmpty(f.Value)).ToDictionary(f => f.Field, _ => new[] { "This field is required." });
        return missing.Count == 0 ? null : Validation(http, missing);
    }

    public static ObjectResult Unauthorized(HttpContext http, string type, string title, string? detail = null) =>
        Result(http, new ProblemDetails { Type = type, Title = title, Detail = detail, Status = StatusCodes.Status401Unauthorized });

    public static ObjectResult Forbidden(HttpContext http, string type, string title, string? detail = null) =>
        Result(http, new ProblemDetails { Type = type, Title = title, Detail = detail, Status = StatusCodes.Status403Forbidden });

    /// <summary>429: the form was used too often from here or for this email; it says when to try again.</summary>
    public static ObjectResult TooManyRequests(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "3600";
        return Result(http, new ProblemDetails
        {
            Type = Types.TooManyRequests,
            Title = "Too many requests.",
            Detail = $"Try again later. {OtherChannels}",
            Status = StatusCodes.Status429TooManyRequests,
        });
    }

    public static ObjectResult Conflict(HttpContext http, string type, string title, string? detail = null) =>
        Result(http, new ProblemDetails { Type = type, Title = title, Detail = detail, Status = StatusCodes.Status409Conflict });

    public static ObjectResult Gone(HttpContext http, string type, string title, string? detail = null) =>
        Result(http, new ProblemDetails { Type = type, Title = title, Detail = detail, Status = StatusCodes.Status410Gone });

    public static ObjectResult NotFound(HttpContext http, string type, string title, string? detail = null) =>
        Result(http, new ProblemDetails { Type = type, Title = title, Detail = detail, Status = StatusCodes.Status404NotFound });

    public static ObjectResult Unavailable(HttpContext http, string type, string title, string detail, IDictionary<string, object?>? extensions = null)
    {
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
            Type = Types.ServerError,
            Title = "Something went wrong on our side.",
            Detail = $"Try again later. If it keeps happening, quote the correlation id. {OtherChannels}",
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
}
