using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Billing;

/// <summary>GET /api/clients/{clientId}/billing-accounts: a legal person's billing accounts, by number (a few: one page).</summary>
public sealed class BillingAccountsFunction(BillingViews billing)
{
    [Function("BillingAccounts")]
    [ClientService(ClientServices.BillingAccounts)]
    [Responds(typeof(BillingAccountListResponse))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/billing-accounts")] HttpRequest request,
        string clientId)
    {
        return new OkObjectResult(new BillingAccountListResponse(await billing.BillingAccountsAsync(clientId, request.HttpContext.RequestAborted), null));
    }
}
