using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Accounts;

/// <summary>PATCH /api/me: phone, address, language at once; a new email with the current password, after confirmation (§15.7).</summary>
public sealed class UpdateMeFunction(ProfileChanges profiles, MeResponses me)
{
    [Function("UpdateMe")]
    [SignedInUser]
    [Responds(typeof(UpdateMeResponse), Request = [typeof(UpdateMeRequest)], Problems = [ProblemTypes.TooManyRequests, ProblemTypes.ReauthenticationRequired])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "me")] HttpRequest request)
    {
        var user = request.Proven<SignedIn>();

        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.UpdateMeRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        var body = read.Value;

        var outcome = await profiles.ChangeAsync(
            user.Account, new ProfileChange(body.Phone, body.Address, body.Language, body.Email, body.CurrentPassword), user.Session, ClientInfo.Origin(http), http.RequestAborted);
        if (outcome.Failed(http, out var problem))
        {
            return problem;
        }

        var saved = outcome.Value;
        return new OkObjectResult(new UpdateMeResponse(await me.DescribeAsync(user with { Account = saved.Account }, http.RequestAborted), saved.EmailConfirmationSent));
    }
}
