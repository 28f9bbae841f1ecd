using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Outcomes;
using Portal.Core.Registrations;
using Portal.Core.Storage;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Accounts;

/// <summary>
/// POST /api/registrations: an application to use the portal (§4, §10), as JSON, or as multipart with
/// the authority document of a company's applicant. Always 202 when it is well formed, whether or not
/// the email already has an account or an application.
/// </summary>
public sealed class RegistrationFunction(SubmitRegistrationCommand submit)
{
    [Function("Registration")]
    [Anonymous]
    [ThrottledPerIp(IpThrottle.RegistrationName)]
    [Responds(StatusCodes.Status202Accepted, Request = [typeof(RegistrationForm)], FormFile = "document", Problems = [ProblemTypes.TooManyRequests],
        RequestMaxBytes = RegistrationRules.MaxDocumentBytes + (1024 * 1024))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "registrations")] HttpRequest request)
    {
        var http = request.HttpContext;
        RegistrationForm form;
        AuthorityDocument? document = null;
        if (request.HasFormContentType)
        {
            var read = await FormBody.ReadAsync(request);
            if (read.Failed)
            {
                return read.Problem;
            }

            var fields = read.Value;
            form = new RegistrationForm(
                fields["personKind"], fields["firstName"], fields["lastName"], fields["personalCode"], fields["companyName"],
                fields["registrationNumber"], fields["position"], fields["address"], fields["email"], fields["phone"], fields["language"],
                int.TryParse(fields["acceptedTermsVersion"], out var version) ? version : null);
            if (fields.Files["document"] is { } file)
            {
                if (file.Length > RegistrationRules.MaxDocumentBytes)
                {
                    return Problems.Validation(http, "document", "The document may be at most 10 MB.");
                }

                using var content = new MemoryStream();
                await file.CopyToAsync(content, http.RequestAborted);
                document = new AuthorityDocument(file.FileName, content.ToArray());
            }
        }
        else
        {
            var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.RegistrationForm);
            if (read.Failed)
            {
                return read.Problem;
            }

            var body = read.Value;

            form = body;
        }

        var outcome = await submit.ExecuteAsync(form, document, ClientInfo.Origin(http), http.RequestAborted);
        return outcome.ToResult(http, _ => new AcceptedResult());
    }
}
