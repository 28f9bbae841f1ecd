using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Outcomes;
using Portal.Core.Terms;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Terms;

/// <summary>GET /api/terms/{version}: one version; its text where it is kept.</summary>
public sealed class TermsVersionFunction(TermsCatalog catalog)
{
    [Function("TermsVersion")]
    [Anonymous]
    [Responds(typeof(TermsVersionResponse), Problems = [ProblemTypes.BadRequest, ProblemTypes.TermsVersionNotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "terms/{version}")] HttpRequest request,
        string version)
    {
        if (!TermsVersionNumber.TryParse(version, out var number))
        {
            return Problems.Validation(request.HttpContext, "version", TermsVersionNumber.Rule);
        }

        var found = await catalog.FindAsync(number, request.HttpContext.RequestAborted);
        return found is not { } entry
            ? Problems.NotFound(request.HttpContext, ProblemTypes.TermsVersionNotFound, $"There is no terms version {number}.")
            : new OkObjectResult(TermsVersionResponse.From(entry.Version, entry.Text));
    }
}
