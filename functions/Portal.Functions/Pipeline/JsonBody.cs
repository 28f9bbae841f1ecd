using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Functions.Pipeline;

/// <summary>The body of every call that carries only a one-time link's token (activation renewal, email confirmation, invitations).</summary>
public sealed record TokenRequest(string? Token);

/// <summary>Reads a JSON request body; anything that is not JSON of the expected shape is the caller's 400.</summary>
public static class JsonBody
{
    public static async Task<(T? Value, IActionResult? Problem)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync(request.Body, type, request.HttpContext.RequestAborted);
            return value is null ? (null, Invalid(request, "The body must be a JSON object.")) : (value, null);
        }
        catch (JsonException exception)
        {
            return (null, Invalid(request, $"The body is not valid JSON for this request: {exception.Message}"));
        }
    }

    private static ObjectResult Invalid(HttpRequest request, string detail) =>
        Problems.Validation(request.HttpContext, new Dictionary<string, string[]> { ["body"] = [detail] });
}
