using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;
using Portal.Functions.Pipeline;
using Portal.Functions.Access;

namespace Portal.Functions.Accounts;

public sealed record UpdateMeRequest(string? Phone, string? Address, string? Language, string? Email, string? CurrentPassword);

/// <param name="EmailConfirmationSent">A new email was asked for: a link went to it, and it becomes the username once opened.</param>
public sealed record UpdateMeResponse(MeResponse User, bool EmailConfirmationSent);

/// <summary>PATCH /api/me: phone, address, language at once; a new email with the current password, after confirmation (§15.7).</summary>
public sealed class UpdateMeFunction(ProfileChanges profiles, MeResponses me)
{
    [Function("UpdateMe")]
    [SignedInUser]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "me")] HttpRequest request)
    {
        var user = request.Proven<SignedIn>();

        var http = request.HttpContext;
        var (body, invalid) = await JsonBody.ReadAsync(request, PortalJsonContext.Default.UpdateMeRequest);
        if (invalid is not null)
        {
            return invalid;
        }

        var outcome = await profiles.ChangeAsync(
            user.Account, new ProfileChange(body!.Phone, body.Address, body.Language, body.Email, body.CurrentPassword), ClientInfo.Origin(http), http.RequestAborted);
        if (outcome is ProfileOutcome.Invalid errors)
        {
            return Problems.Validation(http, errors.Errors.ToDictionary(e => e.Key, e => e.Value));
        }

        var saved = (ProfileOutcome.Saved)outcome;
        return new OkObjectResult(new UpdateMeResponse(await me.DescribeAsync(user with { Account = saved.Account }, http.RequestAborted), saved.EmailConfirmationSent));
    }
}

/// <summary>POST /api/auth/confirm-email {token}: the link sent to a new address makes it the email and username; every session ends.</summary>
public sealed class ConfirmEmailFunction(ProfileChanges profiles)
{
    [Function("ConfirmEmail")]
    [Anonymous]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/confirm-email")] HttpRequest request)
    {
        var http = request.HttpContext;
        var (body, invalid) = await JsonBody.ReadAsync(request, PortalJsonContext.Default.TokenRequest);
        if (invalid is not null)
        {
            return invalid;
        }

        if (Problems.MissingFields(http, ("token", body!.Token)) is { } missing)
        {
            return missing;
        }

        return await profiles.ConfirmEmailAsync(body.Token!, ClientInfo.Origin(http), http.RequestAborted) switch
        {
            EmailConfirmOutcome.Changed => new NoContentResult(),
            EmailConfirmOutcome.Taken => Problems.Conflict(http, Problems.Types.Conflict, "Another account uses this email address now.", "Choose another address in your profile."),
            _ => Problems.Validation(http, new Dictionary<string, string[]> { ["token"] = ["The link is not valid: it was used already, or it has expired. Ask for the change again in your profile."] }),
        };
    }
}
