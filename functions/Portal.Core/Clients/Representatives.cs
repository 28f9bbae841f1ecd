using System.Net.Mail;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.BackOffice;
using Portal.Core.Notifications;
using Portal.Core.Staff;
using Portal.Core.Storage;

namespace Portal.Core.Clients;

/// <summary>An invitation to act for a client: in the client's partition, row "invitation|{id}".</summary>
internal sealed class InvitationEntity : PortalEntity
{
    public const string RowPrefix = "invitation|";

    public string InvitationId { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string Email { get; set; } = "";

    public string Scopes { get; set; } = "";

    /// <summary>awaiting-staff, sent, accepted, revoked.</summary>
    public string Status { get; set; } = "";

    public string InvitedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>Where staff find invitations waiting for them, oldest first: partition "invitations-awaiting-staff", row "{ticks}|{clientId}|{id}".</summary>
internal sealed class AwaitingInvitationEntity : PortalEntity
{
    public const string Partition = "invitations-awaiting-staff";

    public string ClientId { get; set; } = "";

    public string InvitationId { get; set; } = "";
}

public sealed record Representative(UserAccount Account, IReadOnlyList<string> Scopes);

public sealed record Invitation(string Id, string ClientId, string ClientName, string Email, IReadOnlyList<string> Scopes, string Status, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

public abstract record RepresentativeOutcome
{
    public sealed record Done : RepresentativeOutcome;

    public sealed record Invited(Invitation Invitation) : RepresentativeOutcome;

    public sealed record NotFound : RepresentativeOutcome;

    /// <summary>The client would have no admin left: only staff can do that.</summary>
    public sealed record LastAdmin : RepresentativeOutcome;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : RepresentativeOutcome;

    public sealed record Throttled : RepresentativeOutcome;
}

/// <summary>What an invitation link says to the person who opens it.</summary>
public sealed record InvitationView(string ClientName, string Email, IReadOnlyList<string> Scopes, bool HasAccount);

public abstract record AcceptOutcome
{
    public sealed record Accepted(string ClientId) : AcceptOutcome;

    public sealed record InvalidLink : AcceptOutcome;

    /// <summary>The email has an account: its owner signs in first, then accepts.</summary>
    public sealed record SignInFirst : AcceptOutcome;

    /// <summary>Signed in as someone else than the invited email.</summary>
    public sealed record WrongAccount : AcceptOutcome;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : AcceptOutcome;
}

/// <summary>
/// A client's representatives (§2.5, §6, §10): its admins invite people with chosen scopes (ES
/// confirms each invitation unless staff let the client invite by itself), change scopes and remove
/// them. Removal holds from the removed user's very next request; the last admin stays unless staff act.
/// </summary>
public sealed class Representatives(
    PortalStorage storage,
    ClientStore clients,
    AccountStore accounts,
    PasswordPolicy policy,
    Outbox outbox,
    AuditTrail audit,
    Throttle throttle,
    IOptions<ThrottlingOptions> limits,
    IOptions<PortalOptions> portal,
    TimeProvider time)
{
    public static readonly TimeSpan InvitationValidity = TimeSpan.FromDays(7);

    private readonly OneTimeLinks _links = new(storage, time, "invitation", InvitationValidity);

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

    public async Task<RepresentativeOutcome> ChangeScopesAsync(string clientId, string userId, IReadOnlyList<string>? scopes, string actor, AuditOrigin origin, CancellationToken cancellationToken)
    {
        if (Scopes.Parse(scopes) is not { } parsed)
        {
            return new RepresentativeOutcome.Invalid(new Dictionary<string, string[]> { ["scopes"] = [$"One or more of: {string.Join(", ", Scopes.All)}."] });
        }

        var members = await clients.MembersAsync(clientId, cancellationToken);
        if (!members.Any(m => m.UserId == userId))
        {
            return new RepresentativeOutcome.NotFound();
        }

        if (!parsed.Contains(Scopes.Admin) && IsLastAdmin(members, userId))
        {
            return new RepresentativeOutcome.LastAdmin();
        }

        var client = (await clients.GetAsync(clientId, cancellationToken))!;
        await clients.AddMemberAsync(userId, client, parsed, cancellationToken);
        await RecordAsync(clientId, userId, actor, AuditActions.RepresentativeScopes, $"{userId}:{Scopes.Join(parsed)}", origin, cancellationToken);
        return new RepresentativeOutcome.Done();
    }

    /// <param name="byStaff">Staff may remove the last admin (§6: the client tells ES); a client admin may not.</param>
    public async Task<RepresentativeOutcome> RemoveAsync(string clientId, string userId, string actor, bool byStaff, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var members = await clients.MembersAsync(clientId, cancellationToken);
        if (!members.Any(m => m.UserId == userId))
        {
            return new RepresentativeOutcome.NotFound();
        }

        if (!byStaff && IsLastAdmin(members, userId))
        {
            return new RepresentativeOutcome.LastAdmin();
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
        return new RepresentativeOutcome.Done();
    }

    public async Task<RepresentativeOutcome> InviteAsync(string clientId, string? email, IReadOnlyList<string>? scopes, string actor, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var normalized = email is null ? "" : EmailAddress.Normalize(email);
        if (normalized.Length is 0 or > 254 || !MailAddress.TryCreate(normalized, out _))
        {
            errors["email"] = ["Enter a valid email address."];
        }

        var parsed = Scopes.Parse(scopes);
        if (parsed is null)
        {
            errors["scopes"] = [$"One or more of: {string.Join(", ", Scopes.All)}."];
        }

        if (errors.Count > 0)
        {
            return new RepresentativeOutcome.Invalid(errors);
        }

        if (!await throttle.TryHitAsync($"invitations-client|{clientId}", limits.Value.InvitationsPerClientPerDay, TimeSpan.FromDays(1), cancellationToken))
        {
            return new RepresentativeOutcome.Throttled();
        }

        var client = (await clients.GetAsync(clientId, cancellationToken))!;
        var now = time.GetUtcNow();
        var entity = new InvitationEntity
        {
            PartitionKey = ClientEntity.PartitionFor(clientId),
            RowKey = InvitationEntity.RowPrefix + Guid.NewGuid().ToString("N"),
            ClientId = clientId,
            Email = normalized,
            Scopes = Scopes.Join(parsed!),
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
        return new RepresentativeOutcome.Invited(ToInvitation(entity, client.Name));
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
    public async Task<RepresentativeOutcome> RevokeAsync(string clientId, string invitationId, string actor, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        if (await ReadAsync(clientId, invitationId, cancellationToken) is not { Status: "awaiting-staff" or "sent" } invitation)
        {
            return new RepresentativeOutcome.NotFound();
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
            return new RepresentativeOutcome.NotFound();
        }

        await foreach (var row in table.QueryAsync<AwaitingInvitationEntity>(
            e => e.PartitionKey == AwaitingInvitationEntity.Partition && e.InvitationId == invitationId, cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }

        await audit.AppendAsync(AuditTrail.ClientChain(clientId), actor, clientId, AuditActions.InvitationRevoke, invitationId, AuditActions.Succeeded, origin, cancellationToken);
        return new RepresentativeOutcome.Done();
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
    public async Task<RepresentativeOutcome> ConfirmAsync(string clientId, string invitationId, StaffMember staff, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        if (await ReadAsync(clientId, invitationId, cancellationToken) is not { Status: "awaiting-staff" } invitation)
        {
            return new RepresentativeOutcome.NotFound();
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
            return new RepresentativeOutcome.NotFound();
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
        return new RepresentativeOutcome.Invited(ToInvitation(invitation, client.Name));
    }

    /// <summary>What the link is for, without using it; null when it is not live.</summary>
    public async Task<InvitationView?> PeekAsync(string token, CancellationToken cancellationToken)
    {
        if (await LiveInvitationAsync(token, cancellationToken) is not { } invitation)
        {
            return null;
        }

        var client = await clients.GetAsync(invitation.ClientId, cancellationToken);
        return new InvitationView(client?.Name ?? "", invitation.Email, Scopes.Split(invitation.Scopes), await accounts.FindByEmailAsync(invitation.Email, cancellationToken) is not null);
    }

    /// <summary>
    /// Accepts the invitation: as the signed-in owner of the invited email, or - where the email has no
    /// account - by creating one here (the link proves the address).
    /// </summary>
    public async Task<AcceptOutcome> AcceptAsync(
        string token, UserAccount? signedIn, string? firstName, string? lastName, string? password, string language, int termsVersion, AuditOrigin origin, CancellationToken cancellationToken)
    {
        if (await LiveInvitationAsync(token, cancellationToken) is not { } invitation)
        {
            return new AcceptOutcome.InvalidLink();
        }

        var existing = await accounts.FindByEmailAsync(invitation.Email, cancellationToken);
        UserAccount account;
        if (existing is not null)
        {
            if (signedIn is null)
            {
                return new AcceptOutcome.SignInFirst();
            }

            if (signedIn.Id != existing.Id)
            {
                return new AcceptOutcome.WrongAccount();
            }

            account = existing;
        }
        else
        {
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(firstName) || firstName.Length > 100)
            {
                errors["firstName"] = ["This field is required."];
            }

            if (string.IsNullOrWhiteSpace(lastName) || lastName.Length > 100)
            {
                errors["lastName"] = ["This field is required."];
            }

            if (policy.Check(password ?? "", invitation.Email) is { Count: > 0 } broken)
            {
                errors["password"] = [.. broken.Select(rule => rule.ToString())];
            }

            if (errors.Count > 0)
            {
                return new AcceptOutcome.Invalid(errors);
            }

            if (await accounts.CreateAsync(new NewAccount(invitation.Email, firstName!.Trim(), lastName!.Trim(), language, password!, termsVersion), cancellationToken) is not { } created)
            {
                return new AcceptOutcome.SignInFirst();
            }

            account = created;
        }

        if (await _links.ConsumeAsync(token, cancellationToken) is null)
        {
            return new AcceptOutcome.InvalidLink();
        }

        var client = (await clients.GetAsync(invitation.ClientId, cancellationToken))!;
        await clients.AddMemberAsync(account.Id, client, Scopes.Split(invitation.Scopes), cancellationToken);
        invitation.Status = "accepted";
        var table = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        await table.UpdateEntityAsync(invitation, ETag.All, TableUpdateMode.Replace, cancellationToken);
        await RecordAsync(invitation.ClientId, account.Id, account.Id, AuditActions.InvitationAccept, invitation.InvitationId, origin, cancellationToken);
        return new AcceptOutcome.Accepted(invitation.ClientId);
    }

    private async Task<InvitationEntity?> LiveInvitationAsync(string token, CancellationToken cancellationToken)
    {
        if (await _links.PeekAsync(token, cancellationToken) is not { IsLive: true, Payload: { } payload })
        {
            return null;
        }

        var parts = payload.Split('|');
        return await ReadAsync(parts[0], parts[1], cancellationToken) is { Status: "sent" } invitation ? invitation : null;
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

    private static bool IsLastAdmin(IReadOnlyList<(string UserId, IReadOnlyList<string> Scopes)> members, string userId) =>
        members.Any(m => m.UserId == userId && m.Scopes.Contains(Scopes.Admin))
        && members.Count(m => m.Scopes.Contains(Scopes.Admin)) == 1;

    private static Invitation ToInvitation(InvitationEntity entity, string clientName) =>
        new(entity.InvitationId, entity.ClientId, clientName, entity.Email, Scopes.Split(entity.Scopes), entity.Status, entity.CreatedAt, entity.ExpiresAt);

    private async Task RecordAsync(string clientId, string userId, string actor, string action, string target, AuditOrigin origin, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(AuditTrail.ClientChain(clientId), actor, clientId, action, target, AuditActions.Succeeded, origin, cancellationToken);
        await audit.AppendAsync(AuditTrail.UserChain(userId), actor, clientId, action, target, AuditActions.Succeeded, origin, cancellationToken);
    }
}
