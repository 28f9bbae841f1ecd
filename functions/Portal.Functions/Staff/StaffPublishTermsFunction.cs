using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Core.Terms;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;
using Portal.Functions.Terms;

namespace Portal.Functions.Staff;

/// <summary>POST /api/staff/terms (Staff.Admin): publishes a new version of the terms; users accept it at their next request (§16.2, §30).</summary>
public sealed class StaffPublishTermsFunction(TermsPublisher publisher)
{
    [Function("StaffPublishTerms")]
    [StaffRole(StaffRoles.Admin)]
    [Responds(StatusCodes.Status201Created, typeof(TermsVersionResponse), Request = [typeof(PublishTermsRequest)], Problems = [ProblemTypes.Conflict],
        RequestMaxBytes = 4 * TermsPublisher.MaxTextBytes)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/terms")] HttpRequest request)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.PublishTermsRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        var body = read.Value;

        var outcome = await publisher.PublishAsync(new NewTermsVersion(body.DocumentName, body.ApprovedOn, body.ValidityNote, body.Text), staff, ClientInfo.Origin(http), http.RequestAborted);
        return outcome.ToResult(http, version => new CreatedResult($"/api/terms/{version.Version}", TermsVersionResponse.From(version, text: null)));
    }
}
