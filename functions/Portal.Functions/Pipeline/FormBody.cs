using Microsoft.AspNetCore.Http;

namespace Portal.Functions.Pipeline;

/// <summary>Reads a multipart or urlencoded form; one that does not parse (a wrong boundary, a cut-off part) is the caller's 400.</summary>
public static class FormBody
{
    public static async Task<RequestRead<IFormCollection>> ReadAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return RequestRead<IFormCollection>.Refused(Problems.Validation(request.HttpContext, "body", "The body must be a form (multipart/form-data or application/x-www-form-urlencoded)."));
        }

        try
        {
            return RequestRead<IFormCollection>.Read(await request.ReadFormAsync(request.HttpContext.RequestAborted));
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException and not RequestBodyTooLargeException and not BadHttpRequestException)
        {
            return RequestRead<IFormCollection>.Refused(Problems.Validation(request.HttpContext, "body", $"The body is not a form this request takes: {exception.Message}"));
        }
    }
}
