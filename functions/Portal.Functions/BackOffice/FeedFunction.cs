using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.BackOffice;
using Portal.Core.Staff;
using Portal.Functions.Pipeline;
using Portal.Functions.Staff;

namespace Portal.Functions.BackOffice;

public sealed record FeedResponse(IReadOnlyList<FeedResult> Results);

/// <summary>
/// POST /api/backoffice/{kind}: ES's back office feeds its records, 1-100 per call, app-to-app
/// (a client-credentials token with the role BackOffice.Write). Each record lands or is rejected
/// with its reasons on its own; the answer lists them in the order given.
/// </summary>
public sealed class FeedFunction(StaffGate gate, ClientFeed clients)
{
    /// <summary>The kinds served so far; billing accounts, invoices, payments and permits follow.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["clients"];

    [Function("BackOfficeFeed")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "backoffice/{kind}")] HttpRequest request,
        string kind)
    {
        var http = request.HttpContext;
        var (_, problem) = await gate.CheckAsync(request, StaffRoles.BackOfficeWrite, bearerOnly: true);
        if (problem is not null)
        {
            return problem;
        }

        if (!Kinds.Contains(kind))
        {
            return Problems.NotFound(http, Problems.Types.RouteNotFound, $"The back office does not feed '{kind}' here.", $"Kinds: {string.Join(", ", Kinds)}.");
        }

        List<ClientRecord>? records;
        try
        {
            records = await JsonSerializer.DeserializeAsync(request.Body, PortalJsonContext.Default.ListClientRecord, http.RequestAborted);
        }
        catch (JsonException exception)
        {
            return Problems.Validation(http, new Dictionary<string, string[]> { ["body"] = [$"A JSON array of records: {exception.Message}"] });
        }

        if (records is not { Count: > 0 and <= FeedValidation.MaxBatch } || records.Any(r => r is null))
        {
            return Problems.Validation(http, new Dictionary<string, string[]> { ["body"] = [$"A JSON array of 1 to {FeedValidation.MaxBatch} records."] });
        }

        // Records of different clients land side by side; a second record with the same external id in one batch is refused.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = records.Select(r => r.ExternalId is { } id && !seen.Add(id)).ToList();
        var results = new FeedResult[records.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, records.Count), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = http.RequestAborted },
            async (i, cancellationToken) => results[i] = duplicates[i]
                ? FeedResult.Rejected(records[i].ExternalId!, "externalId", "The same external id is earlier in this batch.")
                : await clients.UpsertAsync(records[i], cancellationToken));
        return new OkObjectResult(new FeedResponse(results));
    }
}
