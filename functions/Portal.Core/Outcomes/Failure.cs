namespace Portal.Core.Outcomes;

/// <summary>
/// Why a command did not do what was asked. The shared cases below cover almost everything; a feature
/// adds its own case only when the answer needs more than a type and words (a password's broken rules).
/// Each case has exactly one mapping to an HTTP problem (Portal.Functions' FailureResults, checked by a test).
/// </summary>
public abstract record Failure
{
    /// <summary>Where a user turns when the portal cannot help (§15.8, §36).</summary>
    public const string OtherChannels = "Contact ES by phone 67332179 or by email info@vases.lv.";

    /// <summary>The thing named in the request does not exist (or is not the caller's to see).</summary>
    public sealed record NotFound(string Title) : Failure;

    /// <summary>Fields of the request are wrong; each error names its field.</summary>
    public sealed record Invalid(FieldErrors Errors) : Failure
    {
        public static Invalid Field(string field, string message) => new(new FieldErrors().Add(field, message));
    }

    /// <summary>The request is well formed but the state of things refuses it now.</summary>
    public sealed record Conflict(string Type, string Title, string? Detail = null) : Failure;

    /// <summary>The request repeats an earlier one's key with another body (an <c>Idempotency-Key</c> used for something else).</summary>
    public sealed record Unprocessable(string Type, string Title, string? Detail = null) : Failure;

    /// <summary>The caller has asked too often; the answer says when to try again.</summary>
    public sealed record Throttled : Failure
    {
        /// <summary>Every limit today counts per hour or per day; an hour is the honest least wait for all of them.</summary>
        public TimeSpan RetryAfter { get; init; } = TimeSpan.FromHours(1);
    }

    /// <summary>The caller is known but may not do this.</summary>
    public sealed record Forbidden(string Type, string Title, string? Detail = null) : Failure;

    /// <summary>The caller must prove who they are first (or the proof given was wrong).</summary>
    public sealed record Unauthenticated(string Type, string Title, string? Detail = null) : Failure;

    /// <summary>What the request refers to existed but has run out (an expired link).</summary>
    public sealed record Expired(string Type, string Title, string? Detail = null) : Failure;
}
