using System.Text.Json;
using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Outcomes;
using Portal.Core.Submissions;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Submissions;

/// <summary>What the submission routes share: the content's checks before it is kept, the ETag a change names, and how a refused change is answered.</summary>
internal static class SubmissionForms
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>A draft's content: an object whose JSON fits a row (<see cref="FormValidation.MaxContentLength"/>); what the form finds wrong is kept with it.</summary>
    public static JsonElement Content(JsonElement? content, FieldErrors errors)
    {
        if (content is not { ValueKind: JsonValueKind.Object } value)
        {
            errors.Add("content", "The form's content: an object (empty to begin with).");
            return default;
        }

        if (value.GetRawText().Length > FormValidation.MaxContentLength)
        {
            errors.Add("content", $"The form's content is too long: at most {FormValidation.MaxContentLength:N0} characters as JSON. Attach long texts as files.");
        }

        return value;
    }

    /// <summary>The request's <c>Idempotency-Key</c> (1-100 visible ASCII characters, per user and submission); an error naming the header otherwise.</summary>
    public static string IdempotencyKey(HttpRequest request, FieldErrors errors, string purpose)
    {
        var key = request.Headers[IdempotencyKeyHeader].ToString().Trim();
        if (key.Length is 0 or > 100 || !key.All(c => c is >= '!' and <= '~'))
        {
            errors.Add(IdempotencyKeyHeader, $"Send an Idempotency-Key header (1-100 visible ASCII characters, a new one for each {purpose}).");
        }

        return key;
    }

    /// <summary>The request's <c>If-Match</c> (one ETag, as the draft's answers gave it), or null without one.</summary>
    public static ETag? IfMatch(HttpRequest request) =>
        request.Headers.IfMatch.ToString() is { Length: > 0 } value ? new ETag(value.Trim()) : null;

    public static ObjectResult NotFound(HttpContext http) =>
        Problems.NotFound(http, ProblemTypes.NotFound, "There is no such submission, or it is no longer kept.");

    public static ObjectResult PreconditionRequired(HttpContext http) =>
        Problems.Result(http, new ProblemDetails
        {
            Type = ProblemTypes.PreconditionRequired,
            Title = "Say which copy this changes.",
            Detail = "Send If-Match with the ETag the draft was read with.",
            Status = StatusCodes.Status428PreconditionRequired,
        });

    /// <summary>A change as its answer: <paramref name="done"/>'s, or the problem that says why not (412 carries the latest copy).</summary>
    public static IActionResult Answer(HttpContext http, DraftChange change, Func<Submission?, IActionResult> done)
    {
        if (change.Current is { } current)
        {
            http.Response.Headers.ETag = current.Etag;
        }

        switch (change.Outcome)
        {
            case DraftOutcome.Done:
                return done(change.Current);
            case DraftOutcome.NotDraft:
                return Problems.Conflict(http, ProblemTypes.Conflict, "It has been sent: only a draft changes.");
            case DraftOutcome.Stale:
                return Problems.PreconditionFailed(http, SubmissionStale.Title, "Reload it, or save this copy again over the latest (its ETag is in current).", change.Current!);
            default:
                return NotFound(http);
        }
    }
}
