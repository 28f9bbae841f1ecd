using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Accounts;

/// <summary>PUT /api/me/reminders: the user's choice of reminders, each of the four true or false; answers the choice stored.</summary>
public sealed class UpdateRemindersFunction(AccountStore accounts)
{
    [Function("UpdateReminders")]
    [SignedInUser]
    [Responds(typeof(RemindersResponse), Request = [typeof(RemindersRequest)], Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "me/reminders")] HttpRequest request)
    {
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.RemindersRequest, (body, errors) => new ReminderChoices(
            Choice(errors, "invoicesDueSoon", body.InvoicesDueSoon), Choice(errors, "invoicesOverdue", body.InvoicesOverdue), Choice(errors, "permitsExpiring", body.PermitsExpiring),
            Choice(errors, "draftsLapsing", body.DraftsLapsing)));
        if (read.Failed)
        {
            return read.Problem;
        }

        var http = request.HttpContext;
        return await accounts.SetRemindersAsync(request.Proven<SignedIn>().Account.Id, read.Value, http.RequestAborted) is { } saved
            ? new OkObjectResult(RemindersResponse.Of(saved.Reminders))
            : FailureResults.From(http, new Failure.NotFound("There is no such account."));
    }

    private static bool Choice(FieldErrors errors, string field, bool? value)
    {
        if (value is null)
        {
            errors.Add(field, "This field is required: true or false.");
        }

        return value ?? false;
    }
}
