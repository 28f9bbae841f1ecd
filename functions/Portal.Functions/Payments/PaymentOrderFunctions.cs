using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Payments;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Payments;

/// <summary>
/// POST /api/clients/{clientId}/payment-orders: a user who may pay for the client (the <c>payments</c> service: the finance right)
/// pays open invoices, or tops up an advance: the order is stored, and the answer carries the form that takes the browser to the bank.
/// </summary>
public sealed class CreatePaymentOrderFunction(PaymentOrders orders)
{
    [Function("CreatePaymentOrder")]
    [ClientService(ClientServices.Payments)]
    [Responds(StatusCodes.Status201Created, typeof(PaymentOrderCreatedResponse), Request = [typeof(PaymentOrderRequest)], Problems = [ProblemTypes.PaymentInProgress])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clients/{clientId}/payment-orders")] HttpRequest request,
        string clientId)
    {
        var access = request.Proven<ClientAccess>();
        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.PaymentOrderRequest);
        if (read.Failed)
        {
            return read.Problem;
        }

        var input = new NewPaymentOrder(read.Value.InvoiceIds, read.Value.Amount, read.Value.Provider);
        var outcome = await orders.CreateAsync(access.Client, access.User.Account, input, ClientInfo.Origin(http), http.RequestAborted);
        return outcome.ToResult(http, started =>
        {
            http.Response.Headers.Location = $"/api/clients/{clientId}/payment-orders/{started.Order.Id}";
            return new ObjectResult(new PaymentOrderCreatedResponse(PaymentOrderItem.Of(started.Order), PaymentFormItem.Of(started.Form))) { StatusCode = StatusCodes.Status201Created };
        });
    }
}

/// <summary>GET /api/clients/{clientId}/payment-orders/{orderId}: one order, as the waiting page follows it.</summary>
public sealed class PaymentOrderFunction(PaymentOrders orders)
{
    [Function("PaymentOrder")]
    [ClientService(ClientServices.Payments)]
    [Responds(typeof(PaymentOrderItem), Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/payment-orders/{orderId}")] HttpRequest request,
        string clientId, string orderId)
    {
        var http = request.HttpContext;
        return await orders.FindAsync(clientId, orderId, http.RequestAborted) is { } order
            ? new OkObjectResult(PaymentOrderItem.Of(order))
            : Problems.NotFound(http, ProblemTypes.NotFound, "The client has no such payment order.");
    }
}

/// <summary>GET /api/clients/{clientId}/payment-orders?continuationToken=: the payment history, newest first, with the banks offered.</summary>
public sealed class PaymentOrdersFunction(PaymentOrders orders)
{
    private const int PageSize = 50;

    [Function("PaymentOrderList")]
    [ClientService(ClientServices.Payments)]
    [Responds(typeof(PaymentOrderListResponse), Query = ["continuationToken"])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/payment-orders")] HttpRequest request,
        string clientId)
    {
        var http = request.HttpContext;
        var (items, next) = await orders.ListAsync(clientId, PageSize, ContinuationToken.Of(request), http.RequestAborted);
        return new OkObjectResult(new PaymentOrderListResponse(
            [.. items.Select(PaymentOrderItem.Of)], next, [.. orders.Providers.Select(p => new PaymentProviderItem(p.Id, p.DisplayName))]));
    }
}
