using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Functions.Pipeline;

/// <summary>Reads a JSON request body; anything that is not JSON of the expected shape is the caller's 400.</summary>
public static class JsonBody
{
    public static async Task<RequestRead<T>> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync(request.Body, type, request.HttpContext.RequestAborted);
            return value is null ? RequestRead<T>.Refused(Invalid(request, "The body must be a JSON object.")) : RequestRead<T>.Read(value);
        }
        catch (JsonException exception)
        {
            return RequestRead<T>.Refused(Invalid(request, $"The body is not valid JSON for this request: {exception.Message}"));
        }
    }

    private static ObjectResult Invalid(HttpRequest request, string detail) =>
        Problems.Validation(request.HttpContext, "body", detail);
}
