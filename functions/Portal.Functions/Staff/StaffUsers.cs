using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Accounts;
using Portal.Core.Staff;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Staff;

internal static class StaffUsers
{
    public static string StatusName(AccountStatus status) => status switch
    {
        AccountStatus.AwaitingActivation => "awaiting-activation",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static StaffUserSummary Summary(UserAccount account) => new(account.Id, account.Email, account.FirstName, account.LastName, StatusName(account.Status));

    public static IActionResult Result(HttpContext http, StaffActionOutcome outcome) => outcome switch
    {
        StaffActionOutcome.Done done => new OkObjectResult(Summary(done.Account)),
        StaffActionOutcome.NotFound => Problems.NotFound(http, Problems.Types.NotFound, "There is no such user."),
        StaffActionOutcome.NotApplicable not => Problems.Conflict(http, Problems.Types.Conflict, "This does not apply to the user now.", not.Detail),
        StaffActionOutcome.Invalid invalid => Problems.Validation(http, invalid.Errors.ToDictionary(e => e.Key, e => e.Value)),
        _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
    };
}
