using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Core.Terms;
using Portal.Functions.Pipeline;
using Portal.Functions.Access;

namespace Portal.Functions.Clients;

public sealed record RepresentativeItem(string UserId, string FirstName, string LastName, string Email, IReadOnlyList<string> Scopes);

public sealed record RepresentativeListResponse(IReadOnlyList<RepresentativeItem> Items, string? ContinuationToken);

public sealed record InviteRequest(string? Email, IReadOnlyList<string>? Scopes);

public sealed record ScopesRequest(IReadOnlyList<string>? Scopes);

public sealed record AcceptInvitationRequest(string? Token, string? FirstName, string? LastName, string? Password, string? Language);

public sealed record AcceptInvitationResponse(string ClientId);

internal static class RepresentativeResults
{
    public static IActionResult From(HttpContext http, RepresentativeOutcome outcome) => outcome switch
    {
        RepresentativeOutcome.Done => new NoContentResult(),
        RepresentativeOutcome.Invited invited => new ObjectResult(invited.Invitation) { StatusCode = StatusCodes.Status202Accepted },
        RepresentativeOutcome.NotFound => Problems.NotFound(http, Problems.Types.NotFound, "There is no such representative or invitation."),
        RepresentativeOutcome.LastAdmin => Problems.Conflict(http, Problems.Types.LastAdmin, "The client's last admin stays.", $"Make another representative an admin first, or ask ES. {Problems.OtherChannels}"),
        RepresentativeOutcome.Invalid invalid => Problems.Validation(http, invalid.Errors.ToDictionary(e => e.Key, e => e.Value)),
        RepresentativeOutcome.Throttled => Problems.TooManyRequests(http),
        _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
    };
}

/// <summary>GET /api/clients/{clientId}/representatives: who acts for the client, with their scopes (client admins).</summary>
public sealed class RepresentativesFunction(Representatives representatives)
{
    [Function("Representatives")]
    [ClientService(ClientServices.Representatives)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/representatives")] HttpRequest request,
        string clientId)
    {

        var list = await representatives.ListAsync(clientId, request.HttpContext.RequestAborted);
        return new OkObjectResult(new RepresentativeListResponse(
            [.. list.Select(r => new RepresentativeItem(r.Account.Id, r.Account.FirstName, r.Account.LastName, r.Account.Email, r.Scopes))], ContinuationToken: null));
    }
}

/// <summary>POST /api/clients/{clientId}/representatives/invitations {email, scopes}: 202; ES confirms it unless the client invites by itself.</summary>
public sealed class InviteRepresentativeFunction(Representatives representatives)
{
    [Function("InviteRepresentative")]
    [ClientService(ClientServices.Representatives)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clients/{clientId}/representatives/invitations")] HttpRequest request,
        string clientId)
    {
        var access = request.Proven<ClientAccess>();

        var http = request.HttpContext;
        var (body, invalid) = await JsonBody.ReadAsync(request, PortalJsonContext.Default.InviteRequest);
        if (invalid is not null)
        {
            return invalid;
        }

        return RepresentativeResults.From(http, await representatives.InviteAsync(
            clientId, body!.Email, body.Scopes, access.User.Account.Id, ClientInfo.Origin(http), http.RequestAborted));
    }
}

public sealed record InvitationListResponse(IReadOnlyList<Invitation> Items, string? ContinuationToken);

/// <summary>GET /api/clients/{clientId}/representatives/invitations: the invitations not yet accepted, revoked or expired, newest first.</summary>
public sealed class PendingInvitationsFunction(Representatives representatives)
{
    [Function("PendingInvitations")]
    [ClientService(ClientServices.Representatives)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/representatives/invitations")] HttpRequest request,
        string clientId)
    {
        return new OkObjectResult(new InvitationListResponse(await representatives.PendingAsync(clientId, request.HttpContext.RequestAborted), ContinuationToken: null));
    }
}

/// <summary>DELETE /api/clients/{clientId}/representatives/invitations/{invitationId}: the admin takes an invitation back before it is accepted.</summary>
public sealed class RevokeInvitationFunction(Representatives representatives)
{
    [Function("RevokeInvitation")]
    [ClientService(ClientServices.Representatives)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "clients/{clientId}/representatives/invitations/{invitationId}")] HttpRequest request,
        string clientId,
        string invitationId)
    {
        var access = request.Proven<ClientAccess>();

        var http = request.HttpContext;
        return RepresentativeResults.From(http, await representatives.RevokeAsync(clientId, invitationId, access.User.Account.Id, ClientInfo.Origin(http), http.RequestAborted));
    }
}

/// <summary>PATCH /api/clients/{clientId}/representatives/{userId} {scopes}; DELETE removes the representative (§6) from their very next request.</summary>
public sealed class RepresentativeFunction(Representatives representatives)
{
    [Function("ChangeRepresentative")]
    [ClientService(ClientServices.Representatives)]
    public async Task<IActionResult> Change(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "clients/{clientId}/representatives/{userId}")] HttpRequest request,
        string clientId,
        string userId)
    {
        var access = request.Proven<ClientAccess>();

        var http = request.HttpContext;
        var (body, invalid) = await JsonBody.ReadAsync(request, PortalJsonContext.Default.ScopesRequest);
        if (invalid is not null)
        {
            return invalid;
        }

        return RepresentativeResults.From(http, await representatives.ChangeScopesAsync(
            clientId, userId, body!.Scopes, access.User.Account.Id, ClientInfo.Origin(http), http.RequestAborted));
    }

    [Function("RemoveRepresentative")]
    [ClientService(ClientServices.Representatives)]
    public async Task<IActionResult> Remove(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "clients/{clientId}/representatives/{userId}")] HttpRequest request,
        string clientId,
        string userId)
    {
        var access = request.Proven<ClientAccess>();

        var http = request.HttpContext;
        return RepresentativeResults.From(http, await representatives.RemoveAsync(
            clientId, userId, access.User.Account.Id, byStaff: false, ClientInfo.Origin(http), http.RequestAborted));
    }
}

/// <summary>POST /api/auth/invitation {token}: what an invitation link is for (the client, the email, the scopes, whether the email has an account).</summary>
public sealed class InvitationFunction(Representatives representatives)
{
    [Function("Invitation")]
    [Anonymous]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/invitation")] HttpRequest request)
    {
        var http = request.HttpContext;
        var (body, invalid) = await JsonBody.ReadAsync(request, PortalJsonContext.Default.TokenRequest);
        if (invalid is not null)
        {
            return invalid;
        }

        return await representatives.PeekAsync(body!.Token ?? "", http.RequestAborted) is { } view
            ? new OkObjectResult(view)
            : Problems.Validation(http, new Dictionary<string, string[]> { ["token"] = ["The invitation is not valid: it was used, or it is older than 7 days. Ask the client for a new one."] });
    }
}

/// <summary>POST /api/auth/invitation/accept: the signed-in invitee accepts; one without an account creates it here with names and a password.</summary>
public sealed class AcceptInvitationFunction(Representatives representatives, TermsCatalog terms)
{
    [Function("AcceptInvitation")]
    [OptionalSession(SessionRequirement.Complete)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/invitation/accept")] HttpRequest request)
    {
        var http = request.HttpContext;
        var (body, invalid) = await JsonBody.ReadAsync(request, PortalJsonContext.Default.AcceptInvitationRequest);
        if (invalid is not null)
        {
            return invalid;
        }

        var user = request.Proven<OptionalUser>().User;
        var outcome = await representatives.AcceptAsync(
            body!.Token ?? "", user?.Account, body.FirstName, body.LastName, body.Password, body.Language is "en" ? "en" : "lv",
            await terms.CurrentVersionNumberAsync(http.RequestAborted) ?? 0, ClientInfo.Origin(http), http.RequestAborted);
        return outcome switch
        {
            AcceptOutcome.Accepted accepted => new OkObjectResult(new AcceptInvitationResponse(accepted.ClientId)),
            AcceptOutcome.SignInFirst => Problems.Unauthorized(http, Problems.Types.SessionRequired, "Sign in first.", "The invited email has a portal account: sign in with it, then accept."),
            AcceptOutcome.WrongAccount => Problems.Forbidden(http, Problems.Types.InvitationForAnotherAccount, "The invitation is for another email.", "Sign out and sign in with the invited email."),
            AcceptOutcome.Invalid errors => Problems.Validation(http, errors.Errors.ToDictionary(e => e.Key, e => e.Value)),
            _ => Problems.Validation(http, new Dictionary<string, string[]> { ["token"] = ["The invitation is not valid: it was used, or it is older than 7 days."] }),
        };
    }
}
