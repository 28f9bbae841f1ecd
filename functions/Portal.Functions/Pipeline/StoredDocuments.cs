using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Portal.Functions.Pipeline;

/// <summary>
/// Every stored document goes out as a download, never rendered in our origin: an attachment with a safe name,
/// its stored type, no sniffing, and a sandbox that gives it no scripts, no origin and nothing to load.
/// </summary>
public static class StoredDocuments
{
    /// <summary>The API's policy with a sandbox in front (it replaces the API's, so it keeps its other limits).</summary>
    public const string ContentSecurityPolicy = "sandbox; default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static FileStreamResult Attachment(HttpContext http, Stream content, string contentType, string fileName)
    {
        AsAttachment(http, fileName);
        return new FileStreamResult(content, contentType);
    }

    /// <summary>A document made as it is sent (an export): <paramref name="write"/> writes the body, asynchronously.</summary>
    public static IActionResult Written(HttpContext http, string contentType, string fileName, Func<Stream, CancellationToken, Task> write)
    {
        AsAttachment(http, fileName);
        return new WrittenResult(contentType, write);
    }

    private static void AsAttachment(HttpContext http, string fileName)
    {
        // A name may hold any letter or a quote: an ASCII fallback name and the exact one encoded (RFC 6266).
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        http.Response.Headers.ContentDisposition = disposition.ToString();
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
    }

    private sealed class WrittenResult(string contentType, Func<Stream, CancellationToken, Task> write) : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            var response = context.HttpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = contentType;
            await write(response.Body, context.HttpContext.RequestAborted);
        }
    }
}
