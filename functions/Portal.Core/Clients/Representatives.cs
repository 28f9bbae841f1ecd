using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.BackOffice;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;
using Portal.Core.Privacy;
using Portal.Core.Staff;
using Portal.Core.Storage;

namespace Portal.Core.Clients;

/// <summary>
/// A client's representatives (§2.5, §6, §10): its admins invite people with chosen scopes (ES
/// confirms each invitation unless staff let the client invite by itself), change scopes and remove
/// them. Removal holds from the removed user's very next request; the last admin stays unless staff act.
/// </summary>
public sealed partial class Representatives(
    PortalStorage storage,
    RetentionIndex retention,
    ClientStore clients,
    AccountStore accounts,
    TermsAcceptances acceptances,
    PasswordPolicy policy,
    Outbox outbox,
    AuditTrail audit,
    Throttle throttle,
    IOptions<ThrottlingOptions> limits,
    IOptions<PortalOptions> portal,
    TimeProvider time)
{
    public static readonly TimeSpan InvitationValidity = TimeSpan.FromDays(7);

    private readonly OneTimeLinks _links = new(storage, retention, time, OneTimeLinks.Invitation, InvitationValidity);

    public async Task<IReadOnlyList<Representative>> ListAsync(string clientId, CancellationToken cancellationToken)
    {
        var list = new List<Representative>();
        foreach (var (userId, scopes) in await clients.MembersAsync(clientId, cancellationToken))
        {
            if (await accounts.GetAsync(userId, cancellationToken) is { } account)
            {
                list.Add(new Representative(account, scopes));
            }
        }

        return [.. list.OrderBy(r => r.Account.LastName, StringComparer.CurrentCulture).ThenBy(r => r.Account.FirstName, StringComparer.CurrentCulture)];
    }

    private static Failure NoSuchRepresentative => new Failure.NotFound("There is no such representative or invitation.");

    private static Failure LastAdmin =>
        new Failure.Conflict(ProblemTypes.LastAdmin, "The client's last admin stays.", $"Make another representative an admin first, or ask ES. {Failure.OtherChannels}");

    public async Task<Outcome<Done>> ChangeScopesAsync(string clientId, string userId, IReadOnlyList<string>? scopes, string actor, AuditOrigin origin, CancellationToken cancellationToken)
    {
        if (Scopes.Parse(scopes) is not { } parsed)
        {
            return Failure.Invalid.Field("scopes", Scopes.OneOrMore);
        }

        var members = await clients.MembersAsync(clientId, cancellationToken);
        if (!members.Any(m => m.UserId == userId))
        {
            return NoSuchRepresentative;
        }

        if (!parsed.Contains(Scope.Admin) && IsLastAdmin(members, userId))
        {
            return LastAdmin;
        }

        var client = (await clients.GetAsync(clientId, cancellationToken))!;
        await clients.AddMemberAsync(userId, client, parsed, cancellationToken);
        await RecordAsync(clientId, userId, actor, AuditActions.RepresentativeScopes, $"{userId}:{Scopes.Join(parsed)}", origin, cancellationToken);
        return Done.Instance;
    }

    /// <param name="byStaff">Staff may remove the last admin (§6: the client tells ES); a client admin may not.</param>
    public async Task<Outcome<Done>> RemoveAsync(string clientId, string userId, string actor, bool byStaff, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var members = await clients.MembersAsync(clientId, cancellationToken);
        if (!members.Any(m => m.UserId == userId))
        {
            return NoSuchRepresentative;
        }

        if (!byStaff && IsLastAdmin(members, userId))
        {
            return LastAdmin;
        }

        await clients.RemoveMemberAsync(userId, clientId, cancellationToken);
        // The removal spans two tables; its event follows it in the client's partition.
        var table = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        await table.SubmitTransactionAsync([await outbox.PrepareEventAsync(StorageNames.ClientsTable, ClientEntity.PartitionFor(clientId), new BackOfficeEvent(
            BackOfficeEventTypes.RepresentativeRemoved, time.GetUtcNow(), new Dictionary<string, string?>
            {
                ["clientId"] = clientId,
                ["clientExternalId"] = (await clients.GetAsync(clientId, cancellationToken))?.ExternalId,
                ["userId"] = userId,
                ["by"] = actor,
            }), cancellationToken)], cancellationToken);
        await RecordAsync(clientId, userId, actor, AuditActions.RepresentativeRemove, userId, origin, cancellationToken);
        return Done.Instance;
    }

    public async Task<Outcome<Invitation>> InviteAsync(string clientId, string? email, IReadOnlyList<string>? scopes, string actor, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var normalized = email is null ? "" : EmailAddress.Normalize(email);
        if (!EmailAddress.IsBare(normalized))
        {
            errors.Add("email", EmailAddress.Invalid);
        }

        var parsed = Scopes.Parse(scopes);
        if (parsed is null)
        {
            errors.Add("scopes", Scopes.OneOrMore);
        }

        if (!errors.IsEmpty || parsed is null)
        {
            return new Failure.Invalid(errors);
        }

        if (!await throttle.TryHitAsync($"invitations-client|{clientId}", limits.Value.InvitationsPerClientPerDay, TimeSpan.FromDays(1), cancellationToken))
        {
            return new Failure.Throttled();
        }

        var client = (await clients.GetAsync(clientId, cancellationToken))!;
        var now = time.GetUtcNow();
        var entity = new InvitationEntity
        {
            PartitionKey = ClientEntity.PartitionFor(clientId),
            RowKey = InvitationEntity.RowPrefix + Guid.NewGuid().ToString("N"),
            ClientId = clientId,
            Email = normalized,
            Scopes = Scopes.Join(parsed),
            Status = client.SelfServiceInvitations ? "sent" : "awaiting-staff",
            InvitedBy = actor,
            CreatedAt = now,
            ExpiresAt = now + InvitationValidity,
        };
        entity.InvitationId = entity.RowKey[InvitationEntity.RowPrefix.Length..];
        var table = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        if (!client.SelfServiceInvitations)
        {
            // The staff index first: an invitation that waits for ES can always be found by ES.
            await table.AddEntityAsync(new AwaitingInvitationEntity
            {
                PartitionKey = AwaitingInvitationEntity.Partition,
                RowKey = $"{now.UtcTicks:D19}|{clientId}|{entity.InvitationId}",
                ClientId = clientId,
                InvitationId = entity.InvitationId,
            }, cancellationToken);
        }

        await table.SubmitTransactionAsync(
            [new(TableTransactionActionType.Add, entity), await EventAsync(BackOfficeEventTypes.RepresentativeInvited, entity, actor, cancellationToken)],
            cancellationToken);
        if (client.SelfServiceInvitations)
        {
            await SendAsync(entity, client, cancellationToken);
        }

        await audit.AppendAsync(AuditTrail.ClientChain(clientId), actor, clientId, AuditActions.RepresentativeInvite, $"{entity.InvitationId}:{entity.Scopes}", AuditActions.Succeeded, origin, cancellationToken);
        return ToInvitation(entity, client.Name);
    }

    /// <summary>The client's invitations not yet accepted, revoked or expired, newest first.</summary>
    public async Task<IReadOnlyList<Invitation>> PendingAsync(string clientId, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        var partition = ClientEntity.PartitionFor(clientId);
        var now = time.GetUtcNow();
        var client = await clients.GetAsync(clientId, cancellationToken);
        var pending = new List<Invitation>();
        await foreach (var row in table.QueryAsync<InvitationEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(InvitationEntity.RowPrefix) >= 0 && e.RowKey.CompareTo("invitation}") < 0, cancellationToken: cancellationToken))
        {
            if (row.Status is "awaiting-staff" or "sent" && row.ExpiresAt > now)
            {
                pending.Add(ToInvitation(row, client?.Name ?? ""));
            }
        }

        return [.. pending.OrderByDescending(i => i.CreatedAt)];
    }

    /// <summary>
    /// A client admin takes an invitation back before it is accepted: its link stops working, ES no
    /// longer sees it to check, and the back office is told.
    /// </summary>
    public async Task<Outcome<Done>> RevokeAsync(string clientId, string invitationId, string actor, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        if (await ReadAsync(clientId, invitationId, cancellationToken) is not { Status: "awaiting-staff" or "sent" } invitation)
        {
            return NoSuchRepresentative;
        }

        invitation.Status = "revoked";
        try
        {
            await table.SubmitTransactionAsync(
                [new(TableTransactionActionType.UpdateReplace, invitation, invitation.ETag), await EventAsync(BackOfficeEventTypes.RepresentativeInvitationRevoked, invitation, actor, cancellationToken)],
                cancellationToken);
        }
        catch (TableTransactionFailedException exception) when (exception.Status == 412)
        {
            // Accepted, confirmed or revoked meanwhile: it is no longer the invitation the admin saw.
            return NoSuchRepresentative;
        }

        await foreach (var row in table.QueryAsync<AwaitingInvitationEntity>(
            e => e.PartitionKey == AwaitingInvitationEntity.Partition && e.InvitationId == invitationId, cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }

        await audit.AppendAsync(AuditTrail.ClientChain(clientId), actor, clientId, AuditActions.InvitationRevoke, invitationId, AuditActions.Succeeded, origin, cancellationToken);
        return Done.Instance;
    }

    /// <summary>Invitations waiting for ES to check them (§10), oldest first.</summary>
    public async Task<IReadOnlyList<Invitation>> AwaitingStaffAsync(int limit, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        var list = new List<Invitation>();
        await foreach (var row in table.QueryAsync<AwaitingInvitationEntity>(e => e.PartitionKey == AwaitingInvitationEntity.Partition, maxPerPage: limit, cancellationToken: cancellationToken))
        {
            if (await ReadAsync(row.ClientId, row.InvitationId, cancellationToken) is { Status: "awaiting-staff" } invitation)
            {
                list.Add(ToInvitation(invitation, (await clients.GetAsync(row.ClientId, cancellationToken))?.Name ?? ""));
            }

            if (list.Count >= limit)
            {
                break;
            }
        }

        return list;
    }

    /// <summary>ES confirms an invitation: the invitee is sent the link.</summary>
    public async Task<Outcome<Invitation>> ConfirmAsync(string clientId, string invitationId, StaffMember staff, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        if (await ReadAsync(clientId, invitationId, cancellationToken) is not { Status: "awaiting-staff" } invitation)
        {
            return NoSuchRepresentative;
        }

        invitation.Status = "sent";
        try
        {
            await table.SubmitTransactionAsync(
                [new(TableTransactionActionType.UpdateReplace, invitation, invitation.ETag), await EventAsync(BackOfficeEventTypes.RepresentativeConfirmed, invitation, staff.Actor, cancellationToken)],
                cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            return NoSuchRepresentative;
        }

        var client = (await clients.GetAsync(clientId, cancellationToken))!;
        await SendAsync(invitation, client, cancellationToken);
        await foreach (var row in table.QueryAsync<AwaitingInvitationEntity>(
            e => e.PartitionKey == AwaitingInvitationEntity.Partition && e.InvitationId == invitationId, cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }

        await audit.AppendAsync(AuditTrail.ClientChain(clientId), staff.Actor, clientId, AuditActions.InvitationConfirm, invitationId, AuditActions.Succeeded, origin, cancellationToken);
        await audit.AppendAsync(AuditTrail.StaffChain(staff.Id), staff.Actor, clientId, AuditActions.InvitationConfirm, invitationId, AuditActions.Succeeded, origin, cancellationToken);
        return ToInvitation(invitation, client.Name);
    }

    private async Task<TableTransactionAction> EventAsync(string type, InvitationEntity invitation, string by, CancellationToken cancellationToken) =>
        await outbox.PrepareEventAsync(StorageNames.ClientsTable, invitation.PartitionKey, new BackOfficeEvent(type, time.GetUtcNow(), new Dictionary<string, string?>
        {
            ["clientId"] = invitation.ClientId,
            ["clientExternalId"] = (await clients.GetAsync(invitation.ClientId, cancellationToken))?.ExternalId,
            ["invitationId"] = invitation.InvitationId,
            ["email"] = invitation.Email,
            ["scopes"] = invitation.Scopes,
            ["by"] = by,
        }), cancellationToken);

    private async Task SendAsync(InvitationEntity invitation, Client client, CancellationToken cancellationToken)
    {
        var invitee = await accounts.FindByEmailAsync(invitation.Email, cancellationToken);
        await _links.IssueAsync("", $"{invitation.ClientId}|{invitation.InvitationId}", async (token, partition) => await outbox.PrepareAsync(
            StorageNames.AccountsTable, partition, new EmailMessage(invitation.Email, invitee?.Language ?? "lv", EmailTemplates.Invitation, new Dictionary<string, string>
            {
                ["client"] = client.Name,
                ["scopes"] = invitation.Scopes.Replace(",", ", ", StringComparison.Ordinal),
                ["invitationLink"] = portal.Value.LinkTo($"/invitation?token={token}"),
                ["validDays"] = $"{InvitationValidity.TotalDays:0}",
            }), cancellationToken), cancellationToken);
    }

    private async Task<InvitationEntity?> ReadAsync(string clientId, string invitationId, CancellationToken cancellationToken)
    {
        if (!PortalIds.IsValid(clientId) || !PortalIds.IsValid(invitationId))
        {
            return null;
        }

        var table = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<InvitationEntity>(ClientEntity.PartitionFor(clientId), InvitationEntity.RowPrefix + invitationId, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } invitation && invitation.ExpiresAt > time.GetUtcNow() ? invitation : null;
    }

    private static bool IsLastAdmin(IReadOnlyList<(string UserId, IReadOnlyList<Scope> Scopes)> members, string userId) =>
        members.Any(m => m.UserId == userId && m.Scopes.Contains(Scope.Admin))
        && members.Count(m => m.Scopes.Contains(Scope.Admin)) == 1;

    private static Invitation ToInvitation(InvitationEntity entity, string clientName) =>
        new(entity.InvitationId, entity.ClientId, clientName, entity.Email, Scopes.Split(entity.Scopes), entity.Status, entity.CreatedAt, entity.ExpiresAt);

    private async Task RecordAsync(string clientId, string userId, string actor, string action, string target, AuditOrigin origin, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(AuditTrail.ClientChain(clientId), actor, clientId, action, target, AuditActions.Succeeded, origin, cancellationToken);
        await audit.AppendAsync(AuditTrail.UserChain(userId), actor, clientId, action, target, AuditActions.Succeeded, origin, cancellationToken);
    }
}
