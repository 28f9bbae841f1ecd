using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Audit;
using Portal.Core.Clients;
using Portal.Core.Staff;
using Portal.Functions.Clients;
using Portal.Functions.Pipeline;
using Portal.Functions.Access;

namespace Portal.Functions.Staff;

public sealed record ClientSettingsRequest(bool? SelfServiceInvitations);

public sealed record ClientSettingsResponse(string Id, string Name, bool SelfServiceInvitations);

public sealed record StaffClientItem(
    string Id, string Name, string Kind, string? RegistrationNumber, string? ExternalId, string BillingArrangement, IReadOnlyList<string> Services, bool SelfServiceInvitations)
{
    public static StaffClientItem From(Client client) => new(
        client.Id, client.Name, client.Kind.Text(), client.RegistrationNumber, client.ExternalId, client.BillingArrangement, client.Services, client.SelfServiceInvitations);
}

public sealed record StaffClientListResponse(IReadOnlyList<StaffClientItem> Items, string? ContinuationToken);

public sealed record StaffRepresentativeItem(string UserId, string FirstName, string LastName, string Email, IReadOnlyList<string> Scopes);

public sealed record StaffClientResponse(StaffClientItem Client, IReadOnlyList<StaffRepresentativeItem> Representatives);

/// <summary>GET /api/staff/clients?query=: clients by registration number, personal code, the back office's id or the beginning of the name.</summary>
public sealed class StaffClientsFunction(ClientStore clients, AuditTrail audit)
{
    public const int MaxResults = 20;

    [Function("StaffClients")]
    [StaffRole(StaffRoles.Operator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/clients")] HttpRequest request)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        var query = request.Query["query"].ToString().Trim();
        if (query.Length is < 2 or > 200)
        {
            return Problems.Validation(http, new Dictionary<string, string[]> { ["query"] = ["Enter a registration number, a personal code, the back office's id, or the beginning of a name (2 letters or more)."] });
        }

        var found = await clients.SearchAsync(query, MaxResults, http.RequestAborted);

        // The query may be a personal code: the staff trail keeps what was found, not what was asked.
        await audit.AppendAsync(AuditTrail.StaffChain(staff.Id), staff.Actor, clientId: null, AuditActions.StaffRead, $"client-search:{string.Join(',', found.Select(c => c.Id))}",
            AuditActions.Succeeded, ClientInfo.Origin(http), http.RequestAborted);
        return new OkObjectResult(new StaffClientListResponse([.. found.Select(StaffClientItem.From)], ContinuationToken: null));
    }
}

/// <summary>GET /api/staff/clients/{clientId}: the client with its settings and representatives; the read is audited in the client's trail.</summary>
public sealed class StaffClientFunction(ClientStore clients, Representatives representatives, AuditTrail audit)
{
    [Function("StaffClient")]
    [StaffRole(StaffRoles.Operator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/clients/{clientId}")] HttpRequest request,
        string clientId)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        if (await clients.GetAsync(clientId, http.RequestAborted) is not { } client)
        {
            return Problems.NotFound(http, Problems.Types.NotFound, "There is no such client.");
        }

        var members = await representatives.ListAsync(clientId, http.RequestAborted);
        var origin = ClientInfo.Origin(http);
        await audit.AppendAsync(AuditTrail.ClientChain(clientId), staff.Actor, clientId, AuditActions.StaffRead, "client", AuditActions.Succeeded, origin, http.RequestAborted);
        await audit.AppendAsync(AuditTrail.StaffChain(staff.Id), staff.Actor, clientId, AuditActions.StaffRead, "client", AuditActions.Succeeded, origin, http.RequestAborted);
        return new OkObjectResult(new StaffClientResponse(
            StaffClientItem.From(client),
            [.. members.Select(m => new StaffRepresentativeItem(m.Account.Id, m.Account.FirstName, m.Account.LastName, m.Account.Email, m.Scopes))]));
    }
}

/// <summary>GET /api/staff/invitations: invitations waiting for ES to check them (§10), oldest first.</summary>
public sealed class StaffInvitationsFunction(Representatives representatives)
{
    [Function("StaffInvitations")]
    [StaffRole(StaffRoles.Operator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/invitations")] HttpRequest request)
    {
        return new OkObjectResult(new InvitationListResponse(await representatives.AwaitingStaffAsync(100, request.HttpContext.RequestAborted), ContinuationToken: null));
    }
}

/// <summary>POST /api/staff/clients/{clientId}/invitations/{invitationId}/confirm: ES has checked it; the invitee is sent the link.</summary>
public sealed class StaffConfirmInvitationFunction(Representatives representatives)
{
    [Function("StaffConfirmInvitation")]
    [StaffRole(StaffRoles.Operator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/clients/{clientId}/invitations/{invitationId}/confirm")] HttpRequest request,
        string clientId,
        string invitationId)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        return RepresentativeResults.From(http, await representatives.ConfirmAsync(clientId, invitationId, staff, ClientInfo.Origin(http), http.RequestAborted));
    }
}

/// <summary>PATCH /api/staff/clients/{clientId} {selfServiceInvitations}: a setting only staff change.</summary>
public sealed class StaffClientSettingsFunction(ClientStore clients, AuditTrail audit)
{
    [Function("StaffClientSettings")]
    [StaffRole(StaffRoles.Operator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "staff/clients/{clientId}")] HttpRequest request,
        string clientId)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        var (body, invalid) = await JsonBody.ReadAsync(request, PortalJsonContext.Default.ClientSettingsRequest);
        if (invalid is not null)
        {
            return invalid;
        }

        if (body!.SelfServiceInvitations is not { } enabled)
        {
            return Problems.Validation(http, new Dictionary<string, string[]> { ["selfServiceInvitations"] = ["true or false."] });
        }

        if (await clients.SetSelfServiceInvitationsAsync(clientId, enabled, http.RequestAborted) is not { } client)
        {
            return Problems.NotFound(http, Problems.Types.NotFound, "There is no such client.");
        }

        var origin = ClientInfo.Origin(http);
        await audit.AppendAsync(AuditTrail.ClientChain(clientId), staff.Actor, clientId, AuditActions.ClientSettings, $"selfServiceInvitations={enabled}", AuditActions.Succeeded, origin, http.RequestAborted);
        await audit.AppendAsync(AuditTrail.StaffChain(staff.Id), staff.Actor, clientId, AuditActions.ClientSettings, $"selfServiceInvitations={enabled}", AuditActions.Succeeded, origin, http.RequestAborted);
        return new OkObjectResult(new ClientSettingsResponse(client.Id, client.Name, client.SelfServiceInvitations));
    }
}

/// <summary>DELETE /api/staff/clients/{clientId}/representatives/{userId}: staff remove a representative (§6), the last admin too.</summary>
public sealed class StaffRemoveRepresentativeFunction(Representatives representatives)
{
    [Function("StaffRemoveRepresentative")]
    [StaffRole(StaffRoles.Operator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "staff/clients/{clientId}/representatives/{userId}")] HttpRequest request,
        string clientId,
        string userId)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        return RepresentativeResults.From(http, await representatives.RemoveAsync(clientId, userId, staff.Actor, byStaff: true, ClientInfo.Origin(http), http.RequestAborted));
    }
}
