using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Privacy;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.Functions.Privacy;

/// <summary>GET /api/me/data: the signed-in user's own data as a JSON file to save (§9, §23.1).</summary>
public sealed class MyDataFunction(PersonalDataExport export)
{
    [Function("MyData")]
    [SignedInUser]
    [Responds(typeof(PersonalDataResponse))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/data")] HttpRequest request)
    {
        var user = request.Proven<SignedIn>();
        var data = await export.OfAsync(user.Account, request.HttpContext.RequestAborted);
        request.HttpContext.Response.Headers.ContentDisposition = PersonalDataResponse.Disposition(user.Account.Id);
        return new OkObjectResult(PersonalDataResponse.From(data));
    }
}
