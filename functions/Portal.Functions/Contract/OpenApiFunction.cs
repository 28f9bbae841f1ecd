using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Functions.Access;

namespace Portal.Functions.Contract;

/// <summary>
/// GET /api/openapi.json: the whole API's OpenAPI 3.1 document, staff and back-office routes included
/// (their access rules, not their obscurity, protect them); GET /api/openapi/backoffice.json: the
/// back office's part alone, for its integrators.
/// </summary>
public sealed class OpenApiFunction(ApiDocuments documents)
{
    [Function("OpenApi")]
    [Anonymous]
    [Responds(StatusCodes.Status200OK, MediaType = "application/json")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        Json(await documents.JsonAsync(ApiDocument.Part.All));

    [Function("BackOfficeOpenApi")]
    [Anonymous]
    [Responds(StatusCodes.Status200OK, MediaType = "application/json")]
    public async Task<IActionResult> BackOffice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi/backoffice.json")] HttpRequest request) =>
        Json(await documents.JsonAsync(ApiDocument.Part.BackOffice));

    private static ContentResult Json(string document) => new() { Content = document, ContentType = "application/json; charset=utf-8", StatusCode = StatusCodes.Status200OK };
}
