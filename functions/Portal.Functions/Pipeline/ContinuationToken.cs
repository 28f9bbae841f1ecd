using Microsoft.AspNetCore.Http;
using Portal.Core.Storage;

namespace Portal.Functions.Pipeline;

/// <summary>
/// Where a paged list is asked to go on: the continuationToken query parameter, or null for the first page.
/// A token storage refuses comes back as <see cref="InvalidContinuationTokenException"/>, which the pipeline answers as a 400 on this field.
/// </summary>
public static class ContinuationToken
{
    public static string? Of(HttpRequest request) =>
        request.Query[InvalidContinuationTokenException.Field].ToString() is { Length: > 0 } token ? token : null;
}
