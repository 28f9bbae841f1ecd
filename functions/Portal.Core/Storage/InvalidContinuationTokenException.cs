namespace Portal.Core.Storage;

/// <summary>
/// A list was asked to continue from a token storage never gave out (edited or from another list). The
/// caller's mistake, not the portal's: the HTTP pipeline answers it as a 400 on the continuationToken field.
/// </summary>
public sealed class InvalidContinuationTokenException(Exception inner)
    : Exception("The continuation token is not one this list gave out.", inner)
{
    /// <summary>The query parameter and field every paged list takes its token in.</summary>
    public const string Field = "continuationToken";
}
