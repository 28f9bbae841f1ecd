using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Billing;

/// <summary>
/// GET /api/clients/{clientId}/statement?from=yyyy-MM&amp;to=yyyy-MM: the settlement statement for whole
/// months, up to 36 (the balance before, each month's charges and receipts, the balance after).
/// </summary>
public sealed class StatementFunction(BillingViews billing)
{
    public const int MaxMonths = 36;

    [Function("Statement")]
    [ClientService(ClientServices.Statement)]
    [Responds(typeof(StatementResponse), RequiredQuery = ["from", "to"])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/statement")] HttpRequest request,
        string clientId)
    {
        var http = request.HttpContext;
        var errors = new FieldErrors();
        if (Period(request.Query["from"].ToString(), request.Query["to"].ToString(), errors) is not { } period)
        {
            return Problems.Validation(http, errors);
        }

        var statement = await billing.StatementAsync(clientId, period.From, period.To, http.RequestAborted);
        return new OkObjectResult(new StatementResponse(
            statement.From, statement.To, Cents.ToEuros(statement.OpeningCents),
            [.. statement.Months.Select(m => new StatementMonthItem(m.Month, Cents.ToEuros(m.ChargedCents), Cents.ToEuros(m.ReceivedCents), Cents.ToEuros(m.ClosingCents)))],
            Cents.ToEuros(statement.ClosingCents), "EUR"));
    }

    /// <summary>Whole months from and to (yyyy-MM), at most <see cref="MaxMonths"/>; null with the field errors recorded otherwise.</summary>
    public static (string From, string To)? Period(string? fromText, string? toText, FieldErrors errors)
    {
        var from = Month(fromText ?? "", "from", errors);
        var to = Month(toText ?? "", "to", errors);
        if (errors.IsEmpty && (to < from || (to.Year - from.Year) * 12 + to.Month - from.Month >= MaxMonths))
        {
            errors.Add("to", $"Not before from, and at most {MaxMonths} months in all.");
        }

        return errors.IsEmpty ? (Text(from), Text(to)) : null;
    }

    private static DateOnly Month(string value, string field, FieldErrors errors)
    {
        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var month) && month.Year >= 2000)
        {
            return month;
        }

        errors.Add(field, "A month: yyyy-MM.");
        return default;
    }

    private static string Text(DateOnly month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
