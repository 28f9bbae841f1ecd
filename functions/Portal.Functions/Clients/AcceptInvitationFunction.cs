using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Terms;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Clients;

/// <summary>POST /api/auth/invitation/accept: the signed-in invitee accepts; one without an account creates it here with names and a password.</summary>
public sealed class AcceptInvitationFunction(Representatives representatives, TermsCatalog terms)
{
    [Function("AcceptInvitation")]
    [OptionalSession(SessionRequirement.Complete)]
    [Responds(typeof(AcceptInvitationResponse), Request = [typeof(AcceptInvitationRequest)], Problems = [ProblemTypes.SessionRequired, ProblemTypes.InvitationForAnotherAccount])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/invitation/accept")] HttpRequest request)
    {
        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.AcceptInvitationRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        var body = read.Value;

        var current = (await terms.CurrentAsync(http.RequestAborted))?.Version;
        if (body.AcceptedTermsVersion is { } accepted && accepted != current?.Version)
        {
            return Problems.Validation(http, "acceptedTermsVersion", $"Only the version in force ({current?.Version}) can be accepted.");
        }

        var user = request.Proven<OptionalUser>().User;
        var outcome = await representatives.AcceptAsync(
            body.Token ?? "", user?.Account, body.FirstName, body.LastName, body.Password, body.Language is "en" ? "en" : "lv",
            body.AcceptedTermsVersion is null ? null : current, ClientInfo.Origin(http), http.RequestAborted);
        return outcome.ToResult(http, clientId => new OkObjectResult(new AcceptInvitationResponse(clientId)));
    }
}
