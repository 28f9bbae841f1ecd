using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Submissions;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Submissions;

/// <summary>
/// POST /api/clients/{clientId}/submissions/{submissionId}/submit: sends a draft with no problems left to ES, confirmed with the
/// password (§20, §31), exactly once. <c>Idempotency-Key</c> is required (per user and submission): a repeat answers the first
/// result, the same key for another copy (If-Match) 422, a repeat while the first still runs 409. Answers the receipt's number,
/// the SHA-256 of the submission's canonical JSON and the time.
/// </summary>
public sealed class SubmitSubmissionFunction(SubmissionSender sender)
{
    [Function("SubmitSubmission")]
    [ClientService(ClientServices.Submissions)]
    [Responds(typeof(SubmitReceipt), Request = [typeof(SubmitRequest)],
        Problems = [ProblemTypes.NotFound, ProblemTypes.Conflict, ProblemTypes.PreconditionFailed, ProblemTypes.IdempotencyKeyReused, ProblemTypes.TooManyRequests, ProblemTypes.ReauthenticationRequired])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clients/{clientId}/submissions/{submissionId}/submit")] HttpRequest request,
        string clientId,
        string submissionId)
    {
        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.SubmitRequest, (body, errors) =>
            (Key: SubmissionForms.IdempotencyKey(request, errors, "submit"), body.Password));
        if (read.Failed)
        {
            return read.Problem;
        }

        var ifMatch = SubmissionForms.IfMatch(request);
        var user = request.Proven<ClientAccess>().User;
        var order = new SubmitOrder(clientId, submissionId, user.Account, read.Value.Key, Fingerprint(ifMatch?.ToString()), ifMatch, read.Value.Password, ClientInfo.Origin(http), user.Session);
        var outcome = await sender.SubmitAsync(order, http.RequestAborted);
        return outcome.ToResult(http, receipt => new OkObjectResult(receipt));
    }

    /// <summary>What a repeat must match: the copy it confirms (the password is no part of it).</summary>
    private static string Fingerprint(string? ifMatch) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"if-match:{ifMatch ?? "*"}")));
}
