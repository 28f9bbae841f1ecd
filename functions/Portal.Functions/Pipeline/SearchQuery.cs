using Microsoft.AspNetCore.Http;

namespace Portal.Functions.Pipeline;

/// <summary>
/// The {query} of a search page's POST body: trimmed, 2-200 characters, or a 400 on that field saying what to
/// enter. A body, not the URL: the query may be a personal code, and URLs go into request logs and telemetry.
/// </summary>
public static class SearchQuery
{
    public const string Field = "query";

    public static Task<RequestRead<string>> ReadAsync(HttpRequest request, string whatToEnter) =>
        JsonBody.ReadAsync(request, PortalJsonContext.Default.StaffSearchRequest, (body, errors) =>
        {
            var query = body.Query?.Trim() ?? "";
            if (query.Length is < 2 or > 200)
            {
                errors.Add(Field, whatToEnter);
            }

            return query;
        });
}
