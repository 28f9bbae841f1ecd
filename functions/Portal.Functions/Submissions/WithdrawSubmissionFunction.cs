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
/// POST /api/clients/{clientId}/submissions/{submissionId}/withdraw: asks ES to withdraw a sent submission it has not begun to review
/// (409 once it has); the back office confirms with the status withdrawn. Asking again answers the same and sends nothing.
/// </summary>
public sealed class WithdrawSubmissionFunction(SubmissionWithdrawal withdrawal)
{
    [Function("WithdrawSubmission")]
    [ClientService(ClientServices.Submissions)]
    [Responds(typeof(WithdrawalAnswer), Problems = [ProblemTypes.NotFound, ProblemTypes.Conflict])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clients/{clientId}/submissions/{submissionId}/withdraw")] HttpRequest request,
        string clientId,
        string submissionId)
    {
        var http = request.HttpContext;
        var outcome = await withdrawal.WithdrawAsync(clientId, submissionId, request.Proven<ClientAccess>().User.Account, ClientInfo.Origin(http), http.RequestAborted);
        return outcome.ToResult(http, answer => new OkObjectResult(answer));
    }
}
