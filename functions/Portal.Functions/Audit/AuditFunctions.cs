using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Azure;
using Portal.Core.Audit;
using Portal.Functions.Accounts;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Audit;

public sealed record ActivityItem(DateTimeOffset At, string Action, string Result, string Actor, string IpAddress, string UserAgent);

public sealed record ActivityResponse(IReadOnlyList<ActivityItem> Items, string? ContinuationToken);

/// <summary>GET /api/me/activity: the signed-in user's own trail, newest first (§23.1, §23.3).</summary>
public sealed class MyActivityFunction(SessionGate gate, AuditTrail audit)
{
    private const int PageSize = 50;

    [Function("MyActivity")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/activity")] HttpRequest request)
    {
        var (user, problem) = await gate.CheckAsync(request, SessionRequirement.Complete);
        if (problem is not null)
        {
            return problem;
        }

        var continuation = request.Query["continuationToken"].ToString();
        IReadOnlyList<AuditRecord> records;
        string? next;
        try
        {
            (records, next) = await audit.ReadAsync(AuditTrail.UserChain(user!.Account.Id), PageSize, continuation.Length == 0 ? null : continuation, request.HttpContext.RequestAborted);
        }
        catch (RequestFailedException exception) when (exception.Status == 400)
        {
            return Problems.Validation(request.HttpContext, new Dictionary<string, string[]> { ["continuationToken"] = ["The continuation token is not one this list gave out."] });
        }

        return new OkObjectResult(new ActivityResponse(
            [.. records.Select(r => new ActivityItem(r.At, r.Action, r.Result, r.Actor == user.Account.Id ? "self" : r.Actor, r.IpAddress, r.UserAgent))],
            next));
    }
}

/// <summary>Hourly: checks every audit chain against its anchors and reports any break (as a critical log).</summary>
public sealed class AuditVerifyFunction(AuditVerifier verifier)
{
    [Function("AuditVerify")]
    public Task Run([TimerTrigger("0 5 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        verifier.VerifyAsync(cancellationToken);
}
