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

/// <summary>GET /api/clients/{clientId}/submissions/{submissionId}/receipt: a sent submission's receipt, a PDF in the user's language, named by its number.</summary>
public sealed class SubmissionReceiptFunction(Core.Submissions.Submissions submissions)
{
    [Function("SubmissionReceipt")]
    [ClientService(ClientServices.Submissions)]
    [Responds(StatusCodes.Status200OK, MediaType = "application/pdf", Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/submissions/{submissionId}/receipt")] HttpRequest request,
        string clientId,
        string submissionId)
    {
        var http = request.HttpContext;
        var access = request.Proven<ClientAccess>();
        if (await submissions.SentAsync(clientId, submissionId, access.Client.Name, http.RequestAborted) is not { } found)
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "There is no such sent submission: a receipt is made once it is sent.");
        }

        var pdf = new MemoryStream();
        await SubmissionReceipt.WriteAsync(pdf, found.Form, found.Sent, access.User.Account.Language, http.RequestAborted);
        pdf.Position = 0;
        return StoredDocuments.Attachment(http, pdf, "application/pdf", $"{found.Sent.ReceiptNumber.Replace('/', '-')}.pdf");
    }
}
