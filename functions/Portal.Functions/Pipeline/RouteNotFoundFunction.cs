using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Outcomes;
using Portal.Functions.Access;

namespace Portal.Functions.Pipeline;

/// <summary>
/// Any /api/... path no other function claims. Routing prefers every literal or parameter route to
/// this catch-all, so it only answers what would otherwise be the host's bare 404.
/// </summary>
public sealed class RouteNotFoundFunction
{
    [Function("RouteNotFound")]
    [Anonymous]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", "put", "patch", "delete", "head", "options", Route = "{*path}")] HttpRequest request) =>
        Problems.NotFound(request.HttpContext, ProblemTypes.RouteNotFound, "There is no such API address.", $"{request.Method} {request.Path} is not part of the portal's API.");
}
