using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Terms;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Terms;

/// <summary>GET /api/terms: the version history of §37, newest first.</summary>
public sealed class ListTermsFunction(TermsCatalog catalog)
{
    [Function("ListTerms")]
    [Anonymous]
    [Responds(typeof(TermsListResponse))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "terms")] HttpRequest request)
    {
        var versions = await catalog.ListAsync(request.HttpContext.RequestAborted);
        return new OkObjectResult(new TermsListResponse([.. versions.Select(v => TermsVersionResponse.From(v, text: null))]));
    }
}
