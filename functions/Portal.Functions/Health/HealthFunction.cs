using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Health;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Health;

/// <summary>GET /api/health: the state of each dependency; 503 while the portal cannot serve.</summary>
public sealed class HealthFunction(HealthProbe probe, TimeProvider time)
{
    [Function("Health")]
    [Anonymous]
    [Responds(typeof(HealthResponse))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request)
    {
        var report = await probe.CheckAsync(request.HttpContext.RequestAborted);
        var body = HealthResponse.From(report, time.GetUtcNow());
        if (report.Status != HealthStatus.Unhealthy)
        {
            return new OkObjectResult(body);
        }

        return Problems.Unavailable(
            request.HttpContext,
            ProblemTypes.StorageUnavailable,
            "The portal is temporarily unavailable.",
            $"Storage does not answer. {Failure.OtherChannels}",
            new Dictionary<string, object?> { ["health"] = body.Status, ["checkedAt"] = body.CheckedAt, ["dependencies"] = body.Dependencies });
    }
}
