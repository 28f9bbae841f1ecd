using Microsoft.AspNetCore.Http;
using Portal.Core.Storage;

namespace Portal.Functions.Pipeline;

/// <summary>
/// Where a paged list is asked to go on: the continuationToken query parameter, or null for the first page.
/// A token storage refuses comes back as <see cref="InvalidContinuationTokenException"/>, which the pipeline answers as a 400 on this field;
/// so does one that could not be a token storage gave out (printable ASCII, at most <see cref="MaxLength"/> characters),
/// which is never sent on: storage fails on some of those otherwise than with its 400.
/// </summary>
public static class ContinuationToken
{
    public const int MaxLength = 2048;

    public static string? Of(HttpRequest request) =>
        request.Query[InvalidContinuationTokenException.Field].ToString() is { Length: > 0 } token
            ? token.Length <= MaxLength && token.All(c => c is >= ' ' and <= '~')
                ? token
                : throw new InvalidContinuationTokenException(new FormatException($"A continuation token is printable ASCII of at most {MaxLength} characters."))
            : null;
}
