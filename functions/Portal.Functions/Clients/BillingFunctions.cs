using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core;
using Portal.Core.BackOffice;
using Portal.Core.Clients;
using Portal.Functions.Pipeline;
using Portal.Functions.Access;

namespace Portal.Functions.Clients;

/// <summary>Amounts in euros at the edge (DESIGN.md: cents inside).</summary>
public sealed record BalanceResponse(decimal Due, decimal Overdue, decimal Credit, DateOnly? NextDueOn, DateOnly? LastPaymentOn, decimal? LastPaymentAmount, string Currency);

public sealed record InvoiceItem(string Id, string Number, string Kind, DateOnly IssuedOn, DateOnly DueOn, decimal Amount, string Status, bool HasPdf, string? BillingAccount);

public sealed record InvoiceListResponse(IReadOnlyList<InvoiceItem> Items, string? ContinuationToken);

/// <summary>GET /api/clients/{clientId}/balance: due, overdue (Riga today), credit, next due date, last payment - one point read.</summary>
public sealed class BalanceFunction(BillingViews billing, TimeProvider time)
{
    [Function("Balance")]
    [ClientService(ClientServices.Balance)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/balance")] HttpRequest request,
        string clientId)
    {

        var balance = await billing.BalanceAsync(clientId, RigaCalendar.DateOf(time.GetUtcNow()), request.HttpContext.RequestAborted);
        return new OkObjectResult(new BalanceResponse(
            Cents.ToEuros(balance.DueCents), Cents.ToEuros(balance.OverdueCents), Cents.ToEuros(balance.CreditCents), balance.NextDueOn,
            balance.LastPaymentOn, balance.LastPaymentCents is { } last ? Cents.ToEuros(last) : null, "EUR"));
    }
}

/// <summary>GET /api/clients/{clientId}/invoices?number=&amp;continuationToken=: newest first, or by number prefix; a page at a time.</summary>
public sealed class InvoicesFunction(BillingViews billing)
{
    private const int PageSize = 50;

    [Function("Invoices")]
    [ClientService(ClientServices.Invoices)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/invoices")] HttpRequest request,
        string clientId)
    {

        var http = request.HttpContext;
        var number = request.Query["number"].ToString().Trim();
        if (number.Length > 0 && !FeedValidation.IsKeySafe(number, 40))
        {
            return Problems.Validation(http, new Dictionary<string, string[]> { ["number"] = ["The beginning of an invoice number (at most 40 characters)."] });
        }

        var (items, next) = await billing.InvoicesAsync(clientId, number.Length == 0 ? null : number, PageSize, ContinuationToken.Of(request), http.RequestAborted);
        return new OkObjectResult(new InvoiceListResponse(
            [.. items.Select(i => new InvoiceItem(i.Id, i.Number, i.Kind, i.IssuedOn, i.DueOn, Cents.ToEuros(i.AmountCents), i.Status, i.HasPdf, i.BillingAccount))], next));
    }
}

/// <summary>GET /api/clients/{clientId}/invoices/{invoiceId}/pdf: the invoice as ES issued it (§2: the same legal force as on paper).</summary>
public sealed class InvoicePdfFunction(BillingViews billing)
{
    [Function("InvoicePdf")]
    [ClientService(ClientServices.Invoices)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/invoices/{invoiceId}/pdf")] HttpRequest request,
        string clientId,
        string invoiceId)
    {

        var http = request.HttpContext;
        if (await billing.OpenPdfAsync(clientId, invoiceId, http.RequestAborted) is not { } pdf)
        {
            return Problems.NotFound(http, Problems.Types.NotFound, "There is no PDF of this invoice.");
        }

        // An id may hold any letter or a quote: an ASCII fallback name and the exact one encoded (RFC 6266).
        var disposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName($"{invoiceId}.pdf");
        http.Response.Headers.ContentDisposition = disposition.ToString();
        return new FileStreamResult(pdf, "application/pdf");
    }
}

public sealed record PaymentItem(string Id, DateOnly ReceivedOn, decimal Amount);

public sealed record PaymentListResponse(IReadOnlyList<PaymentItem> Items, string? ContinuationToken);

public sealed record BillingAccountListResponse(IReadOnlyList<BillingAccount> Items, string? ContinuationToken);

/// <summary>GET /api/clients/{clientId}/payments?continuationToken=: payments received, newest first, a page at a time.</summary>
public sealed class PaymentsFunction(BillingViews billing)
{
    private const int PageSize = 50;

    [Function("Payments")]
    [ClientService(ClientServices.Payments)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/payments")] HttpRequest request,
        string clientId)
    {
        var (items, next) = await billing.PaymentsAsync(clientId, PageSize, ContinuationToken.Of(request), request.HttpContext.RequestAborted);
        return new OkObjectResult(new PaymentListResponse([.. items.Select(p => new PaymentItem(p.Id, p.ReceivedOn, Cents.ToEuros(p.AmountCents)))], next));
    }
}

/// <summary>GET /api/clients/{clientId}/billing-accounts: a legal person's billing accounts, by number (a few: one page).</summary>
public sealed class BillingAccountsFunction(BillingViews billing)
{
    [Function("BillingAccounts")]
    [ClientService(ClientServices.BillingAccounts)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/billing-accounts")] HttpRequest request,
        string clientId)
    {
        return new OkObjectResult(new BillingAccountListResponse(await billing.BillingAccountsAsync(clientId, request.HttpContext.RequestAborted), null));
    }
}

public sealed record StatementMonthItem(string Month, decimal Charged, decimal Received, decimal Closing);

public sealed record StatementResponse(string From, string To, decimal Opening, IReadOnlyList<StatementMonthItem> Months, decimal Closing, string Currency);

/// <summary>
/// GET /api/clients/{clientId}/statement?from=yyyy-MM&amp;to=yyyy-MM: the settlement statement for whole
/// months, up to 36 (the balance before, each month's charges and receipts, the balance after).
/// </summary>
public sealed class StatementFunction(BillingViews billing)
{
    public const int MaxMonths = 36;

    [Function("Statement")]
    [ClientService(ClientServices.Statement)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/statement")] HttpRequest request,
        string clientId)
    {

        var http = request.HttpContext;
        var errors = new Dictionary<string, string[]>();
        var from = Month(request.Query["from"].ToString(), "from", errors);
        var to = Month(request.Query["to"].ToString(), "to", errors);
        if (errors.Count == 0 && (to < from || (to.Year - from.Year) * 12 + to.Month - from.Month >= MaxMonths))
        {
            errors["to"] = [$"Not before from, and at most {MaxMonths} months in all."];
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(http, errors);
        }

        var statement = await billing.StatementAsync(clientId, Text(from), Text(to), http.RequestAborted);
        return new OkObjectResult(new StatementResponse(
            statement.From, statement.To, Cents.ToEuros(statement.OpeningCents),
            [.. statement.Months.Select(m => new StatementMonthItem(m.Month, Cents.ToEuros(m.ChargedCents), Cents.ToEuros(m.ReceivedCents), Cents.ToEuros(m.ClosingCents)))],
            Cents.ToEuros(statement.ClosingCents), "EUR"));
    }

    private static DateOnly Month(string value, string field, Dictionary<string, string[]> errors)
    {
        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var month) && month.Year >= 2000)
        {
            return month;
        }

        errors[field] = ["A month: yyyy-MM."];
        return default;
    }

    private static string Text(DateOnly month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
