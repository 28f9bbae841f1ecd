using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Functions.Pipeline;
using Portal.Functions.Access;

namespace Portal.Functions.Accounts;

public sealed record PasswordResetRequest(string? Email);

public sealed record PasswordResetConfirmRequest(string? Token, string? NewPassword);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

/// <summary>POST /api/auth/password-reset: always 202, whether or not the email has an account (§13).</summary>
public sealed class PasswordResetRequestFunction(PasswordChanges passwords)
{
    [Function("PasswordResetRequest")]
    [Anonymous]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/password-reset")] HttpRequest request)
    {
        var (body, invalid) = await JsonBody.ReadAsync(request, PortalJsonContext.Default.PasswordResetRequest);
        if (invalid is not null)
        {
            return invalid;
        }

        if (string.IsNullOrWhiteSpace(body!.Email))
        {
            return Problems.Validation(request.HttpContext, new Dictionary<string, string[]> { ["email"] = ["Enter the email address you use as your username."] });
        }

        return await passwords.RequestResetAsync(body.Email, ClientInfo.Origin(request.HttpContext), request.HttpContext.RequestAborted)
            ? new AcceptedResult()
            : Problems.TooManyRequests(request.HttpContext);
    }
}

/// <summary>POST /api/auth/password-reset/confirm: the token from the emailed link and the new password.</summary>
public sealed class PasswordResetConfirmFunction(PasswordChanges passwords)
{
    [Function("PasswordResetConfirm")]
    [Anonymous]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/password-reset/confirm")] HttpRequest request)
    {
        var (body, invalid) = await JsonBody.ReadAsync(request, PortalJsonContext.Default.PasswordResetConfirmRequest);
        if (invalid is not null)
        {
            return invalid;
        }

        if (Problems.MissingFields(request.HttpContext, ("token", body!.Token), ("newPassword", body.NewPassword)) is { } missing)
        {
            return missing;
        }

        var outcome = await passwords.ResetAsync(body.Token!, body.NewPassword!, ClientInfo.Origin(request.HttpContext), request.HttpContext.RequestAborted);
        return PasswordOutcomes.ToResult(request.HttpContext, outcome);
    }
}

/// <summary>POST /api/me/password: the signed-in user's new password; their other sessions end.</summary>
public sealed class ChangePasswordFunction(PasswordChanges passwords)
{
    [Function("ChangePassword")]
    [SignedInUser(SessionRequirement.AllowPendingSteps)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/password")] HttpRequest request)
    {
        var user = request.Proven<SignedIn>();

        var (body, invalid) = await JsonBody.ReadAsync(request, PortalJsonContext.Default.ChangePasswordRequest);
        if (invalid is not null)
        {
            return invalid;
        }

        if (Problems.MissingFields(request.HttpContext, ("currentPassword", body!.CurrentPassword), ("newPassword", body.NewPassword)) is { } missing)
        {
            return missing;
        }

        var outcome = await passwords.ChangeAsync(
            user.Account, body.CurrentPassword!, body.NewPassword!, user.Session.Id, ClientInfo.Origin(request.HttpContext), request.HttpContext.RequestAborted);
        return PasswordOutcomes.ToResult(request.HttpContext, outcome);
    }
}

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
