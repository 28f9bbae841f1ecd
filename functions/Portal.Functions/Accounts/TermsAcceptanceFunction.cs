using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Terms;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Accounts;

/// <summary>
/// POST /api/me/terms-acceptance: the user accepts the version in force (§30). Declining is signing
/// out (§16.2): the portal then is not used until the user accepts.
/// </summary>
public sealed class TermsAcceptanceFunction(TermsCatalog terms, TermsAcceptances acceptances)
{
    [Function("TermsAcceptance")]
    [SignedInUser(SessionRequirement.AllowPendingSteps)]
    [Responds(StatusCodes.Status204NoContent, Request = [typeof(TermsAcceptanceRequest)])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/terms-acceptance")] HttpRequest request)
    {
        var http = request.HttpContext;
        var user = request.Proven<SignedIn>();

        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.TermsAcceptanceRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        var body = read.Value;

        var current = await terms.CurrentAsync(http.RequestAborted);
        if (current is null || body.Version != current.Version.Version)
        {
            return Problems.Validation(http, "version", $"Only the version in force ({current?.Version.Version}) can be accepted.");
        }

        await acceptances.AcceptAsync(user.Account.Id, current.Version, ClientInfo.Origin(http), http.RequestAborted);
        return new NoContentResult();
    }
}
