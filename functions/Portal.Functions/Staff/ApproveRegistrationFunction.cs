using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Registrations;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Staff;

/// <summary>POST /api/staff/registrations/{id}/approve {scopes?}: creates the user, links the client, emails the activation link.</summary>
public sealed class ApproveRegistrationFunction(RegistrationReview review)
{
    [Function("ApproveRegistration")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(typeof(RegistrationDetails), Request = [typeof(ApproveRequest)], RequestOptional = true, Problems = [ProblemTypes.NotFound, ProblemTypes.AlreadyDecided, ProblemTypes.Conflict])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/registrations/{id}/approve")] HttpRequest request,
        string id)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        // The body is optional: without one, the scopes are the application's own.
        var read = request.ContentLength is 0 or null && !request.Headers.ContentType.Any()
            ? RequestRead<ApproveRequest>.Read(new ApproveRequest(null))
            : await JsonBody.ReadAsync(request, PortalJsonContext.Default.ApproveRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        var body = read.Value;

        IReadOnlyList<Scope>? scopes = null;
        if (body.Scopes is { } given && (scopes = Scopes.Parse(given)) is null)
        {
            return Problems.Validation(http, "scopes", $"Choose one or more of: {string.Join(", ", Vocabulary<Scope>.Texts)}.");
        }

        return (await review.ApproveAsync(id, scopes, staff, ClientInfo.Origin(http), http.RequestAborted)).ToResult(http, application => new OkObjectResult(application));
    }
}
