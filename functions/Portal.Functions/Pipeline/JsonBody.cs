using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Outcomes;

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

    /// <summary>
    /// A JSON body checked field by field: <paramref name="check"/> takes the values it needs, recording
    /// what is wrong in the errors (<see cref="FieldErrors.Required"/>, ...); any error is the caller's
    /// 400 naming every field, so after <c>if (read.Failed) return read.Problem;</c> the values are checked.
    /// </summary>
    public static async Task<RequestRead<TChecked>> ReadAsync<T, TChecked>(HttpRequest request, JsonTypeInfo<T> type, Func<T, FieldErrors, TChecked> check)
        where T : class
        where TChecked : notnull
    {
        var read = await ReadAsync(request, type);
        if (read.Failed)
        {
            return RequestRead<TChecked>.Refused(read.Problem);
        }

        var errors = new FieldErrors();
        var values = check(read.Value, errors);
        return errors.IsEmpty ? RequestRead<TChecked>.Read(values) : RequestRead<TChecked>.Refused(Problems.Validation(request.HttpContext, errors));
    }

    private static ObjectResult Invalid(HttpRequest request, string detail) =>
        Problems.Validation(request.HttpContext, "body", detail);
}
