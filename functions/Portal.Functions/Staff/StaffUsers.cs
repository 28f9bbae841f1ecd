using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
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

    /// <summary>A staff action's answer: the user's summary as it is now, or the failure's problem.</summary>
    public static IActionResult Result(HttpContext http, Outcome<UserAccount> outcome) => outcome.ToResult(http, account => new OkObjectResult(Summary(account)));
}
