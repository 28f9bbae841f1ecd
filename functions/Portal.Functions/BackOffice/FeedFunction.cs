using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.BackOffice;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Permits;
using Portal.Core.Staff;
using Portal.Core.Submissions;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.BackOffice;

/// <summary>
/// POST /api/backoffice/{kind}: ES's back office feeds its records, 1-100 per call, app-to-app
/// (a client-credentials token with the role BackOffice.Write). Each record lands or is rejected
/// with its reasons on its own; the answer lists them in the order given. <c>submission-statuses</c> moves sent submissions on
/// (<see cref="SubmissionStatusFeed"/>), each change on the client's audit trail.
/// </summary>
public sealed class FeedFunction(ClientFeed clients, BillingFeed billing, PermitFeed permits, SubmissionStatusFeed submissionStatuses)
{
    public const string Clients = "clients";
    public const string BillingAccounts = "billing-accounts";
    public const string Invoices = "invoices";
    public const string Payments = "payments";
    public const string Permits = "permits";
    public const string SubmissionStatuses = "submission-statuses";

    public static IReadOnlyList<string> Kinds { get; } = [Clients, BillingAccounts, Invoices, Payments, Permits, SubmissionStatuses];

    [Function("BackOfficeFeed")]
    [BackOffice]
    [Responds(
        typeof(FeedResponse),
        Request = [typeof(List<ClientRecord>), typeof(List<BillingAccountRecord>), typeof(List<InvoiceRecord>), typeof(List<PaymentRecord>), typeof(List<PermitRecord>), typeof(List<SubmissionStatusRecord>)],
        RequestChosenBy = "kind",
        RequestChoices = [Clients, BillingAccounts, Invoices, Payments, Permits, SubmissionStatuses],
        RequestMaxItems = FeedValidation.MaxBatch,
        RequestMaxBytes = 8 * 1024 * 1024,
        Problems = [ProblemTypes.RouteNotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "backoffice/{kind}")] HttpRequest request,
        string kind)
    {
        var http = request.HttpContext;

        if (!Kinds.Contains(kind))
        {
            return Problems.NotFound(http, ProblemTypes.RouteNotFound, $"The back office does not feed '{kind}' here.", $"Kinds: {string.Join(", ", Kinds)}.");
        }

        try
        {
            return kind switch
            {
                Invoices => await BatchAsync(http, PortalJsonContext.Default.ListInvoiceRecord, billing.UpsertInvoicesAsync),
                Payments => await BatchAsync(http, PortalJsonContext.Default.ListPaymentRecord, billing.UpsertPaymentsAsync),
                BillingAccounts => await BatchAsync(http, PortalJsonContext.Default.ListBillingAccountRecord, billing.UpsertBillingAccountsAsync),
                Permits => await BatchAsync(http, PortalJsonContext.Default.ListPermitRecord, permits.UpsertAsync),
                SubmissionStatuses => await BatchAsync(http, PortalJsonContext.Default.ListSubmissionStatusRecord,
                    (records, cancellationToken) => submissionStatuses.ApplyAsync(records, request.Proven<StaffMember>().Actor, ClientInfo.Origin(http), cancellationToken)),
                _ => await BatchAsync(http, PortalJsonContext.Default.ListClientRecord, clients.UpsertManyAsync),
            };
        }
        catch (JsonException exception)
        {
            return Problems.Validation(http, "body", $"A JSON array of records: {exception.Message}");
        }
    }

    private static async Task<IActionResult> BatchAsync<T>(
        HttpContext http, System.Text.Json.Serialization.Metadata.JsonTypeInfo<List<T>> type, Func<IReadOnlyList<T>, CancellationToken, Task<IReadOnlyList<FeedResult>>> apply)
        where T : class
    {
        var records = await JsonSerializer.DeserializeAsync(http.Request.Body, type, http.RequestAborted);
        if (records is not { Count: > 0 and <= FeedValidation.MaxBatch } || records.Any(r => r is null))
        {
            return Problems.Validation(http, "body", $"A JSON array of 1 to {FeedValidation.MaxBatch} records.");
        }

        return new OkObjectResult(new FeedResponse(BackOfficeContract.Version, await apply(records, http.RequestAborted)));
    }
}
