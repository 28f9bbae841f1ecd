using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Accounts;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Accounts;

internal static class PasswordOutcomes
{
    public static IActionResult ToResult(HttpContext http, PasswordChangeOutcome outcome) => outcome switch
    {
        PasswordChangeOutcome.Changed => new NoContentResult(),
        PasswordChangeOutcome.WrongCurrentPassword => Problems.Validation(http, new Dictionary<string, string[]> { ["currentPassword"] = ["The current password is wrong."] }),
        PasswordChangeOutcome.InvalidLink => Problems.Validation(http, new Dictionary<string, string[]> { ["token"] = ["The link is not valid: it was used already, or it has expired. Ask for a new one."] }),
        PasswordChangeOutcome.Refused refused => Refused(http, refused.Rules),
        _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
    };

    public static IActionResult Refused(HttpContext http, IReadOnlyList<PasswordRule> rules, string field = "newPassword")
    {
        var result = Problems.Validation(http, new Dictionary<string, string[]> { [field] = [.. rules.Select(Describe)] });
        // Codes as well as words, so the UI can say each rule in the user's language.
        ((ProblemDetails)result.Value!).Extensions["rules"] = rules.Select(rule => rule.ToString()).ToArray();
        return result;
    }

    private static string Describe(PasswordRule rule) => rule switch
    {
        PasswordRule.TooShort => "At least 8 characters.",
        PasswordRule.TooLong => "At most 128 characters.",
        PasswordRule.NeedsLetter => "At least one letter.",
        PasswordRule.NeedsDigit => "At least one digit.",
        PasswordRule.ContainsEmailName => "Must not contain the name part of your email address.",
        PasswordRule.TooCommon => "Too common: it is among the 10,000 most used passwords.",
        PasswordRule.RecentlyUsed => "You have used this password recently; choose another.",
        _ => rule.ToString(),
    };
}
