using Microsoft.AspNetCore.Http;

namespace Portal.Functions.Pipeline;

/// <summary>The ?query= of a search page: trimmed, 2-200 characters, or a 400 on that field saying what to enter.</summary>
public static class SearchQuery
{
    public const string Field = "query";

    public static RequestRead<string> Read(HttpRequest request, string whatToEnter)
    {
        var query = request.Query[Field].ToString().Trim();
        return query.Length is >= 2 and <= 200
            ? RequestRead<string>.Read(query)
            : RequestRead<string>.Refused(Problems.Validation(request.HttpContext, Field, whatToEnter));
    }
}
