using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Billing;

/// <summary>GET /api/clients/{clientId}/balance: due, overdue (Riga today), credit, next due date, last payment - one point read.</summary>
public sealed class BalanceFunction(BillingViews billing, TimeProvider time)
{
    [Function("Balance")]
    [ClientService(ClientServices.Balance)]
    [Responds(typeof(BalanceResponse))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/balance")] HttpRequest request,
        string clientId)
    {

        var balance = await billing.BalanceAsync(clientId, RigaCalendar.DateOf(time.GetUtcNow()), request.HttpContext.RequestAborted);
        return new OkObjectResult(BalanceResponse.Of(balance));
    }
}
