using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Portal.Core.Privacy;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Privacy;

/// <summary>GET /api/privacy: the privacy notice in Latvian and English (§9, §23.1, §25), its periods the retention timer's own settings.</summary>
public sealed class PrivacyFunction(IOptions<RetentionOptions> retention)
{
    [Function("Privacy")]
    [Anonymous]
    [Responds(typeof(PrivacyResponse))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "privacy")] HttpRequest request) =>
        new OkObjectResult(new PrivacyResponse(PrivacyNotice.In("lv", retention.Value), PrivacyNotice.In("en", retention.Value)));
}
