using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Accounts;

/// <summary>A refused new password: a 400 on its field with each broken rule in words, and the rules' codes for the UI.</summary>
internal static class PasswordRefusals
{
    public static ObjectResult Problem(HttpContext http, PasswordRefused refused)
    {
        var result = Problems.Validation(http, new FieldErrors().Add(refused.Field, refused.Rules.Select(Describe)));
        // Codes as well as words, so the UI can say each rule in the user's language.
        ((ProblemDetails)result.Value!).Extensions["rules"] = refused.Rules.Select(rule => rule.ToString()).ToArray();
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
