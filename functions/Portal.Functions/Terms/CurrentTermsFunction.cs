using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Outcomes;
using Portal.Core.Terms;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Terms;

/// <summary>GET /api/terms/current: the version in force, with its text and SHA-256.</summary>
public sealed class CurrentTermsFunction(TermsCatalog catalog)
{
    [Function("CurrentTerms")]
    [Anonymous]
    [Responds(typeof(TermsVersionResponse), Problems = [ProblemTypes.TermsVersionNotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "terms/current")] HttpRequest request)
    {
        var current = await catalog.CurrentAsync(request.HttpContext.RequestAborted);
        return current is null
            ? Problems.NotFound(request.HttpContext, ProblemTypes.TermsVersionNotFound, "No terms of use are in force.")
            : new OkObjectResult(TermsVersionResponse.From(current.Version, current.Text));
    }
}
