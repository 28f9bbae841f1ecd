using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Clients;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;
using Portal.Core.Privacy;
using Portal.Core.Staff;
using Portal.Core.Storage;
using Portal.Core.Terms;

namespace Portal.Core.Registrations;

/// <summary>
/// Staff review of applications (§10). Approval spans partitions (the application, the client, the
/// user, the email index, the memberships), so it is recorded on the application first and then
/// rolled forward step by step, each step safe to repeat; the repair timer finishes any left half-done.
/// </summary>
public sealed class RegistrationReview(
    PortalStorage storage,
    AccountStore accounts,
    ClientStore clients,
    PersonalCodeHmac personalCodes,
    ActivationLinks activations,
    TermsCatalog terms,
    Outbox outbox,
    AuditTrail audit,
    RetentionIndex retention,
    TimeProvider time,
    ILogger<RegistrationReview> logger)
{
    public const int MaxReasonLength = 2000;

    /// <summary>Approvals older than this and still unfinished are the repair timer's to finish.</summary>
    public static readonly TimeSpan RepairAfter = TimeSpan.FromMinutes(5);

    public async Task<RegistrationPage> ListPendingAsync(int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.RegistrationsTable, cancellationToken);
        var (rows, next) = await table.PageAsync<PendingRegistrationEntity>(e => e.PartitionKey == PendingRegistrationEntity.Partition, pageSize, continuationToken, cancellationToken);
        var items = new List<RegistrationDetails>();
        foreach (var row in rows)
        {
            // The index may be stale (an application decided meanwhile): the application itself says.
            if (await ReadAsync(row.ApplicationId, cancellationToken) is { Status: "pending" } application)
            {
                items.Add(await DescribeAsync(application, cancellationToken));
            }
        }

        return new RegistrationPage(items, next);
    }

    public async Task<RegistrationDetails?> GetAsync(string id, CancellationToken cancellationToken) =>
        await ReadAsync(id, cancellationToken) is { } application ? await DescribeAsync(application, cancellationToken) : null;

    /// <summary>The company's authority document, or null when the application has none.</summary>
    public async Task<Stream?> OpenDocumentAsync(string id, CancellationToken cancellationToken)
    {
        if (await ReadAsync(id, cancellationToken) is not { DocumentBlob: { } blob })
        {
            return null;
        }

        var container = await storage.ContainerAsync(StorageNames.RegistrationDocumentsContainer, cancellationToken);
        return (await container.GetBlobClient(blob).DownloadStreamingAsync(cancellationToken: cancellationToken)).Value.Content;
    }

    private static Failure NoSuchApplication => new Failure.NotFound("There is no such application.");

    /// <param name="scopes">
    /// The scopes staff chose; null for the default, all four, which only a new client's first user gets.
    /// An application naming a client that exists - a company by its registration number, a person by
    /// the personal code - needs the scopes chosen: anyone may type a code, so staff look at the client
    /// and its representatives (the details name it) and decide.
    /// </param>
    public async Task<Outcome<RegistrationDetails>> ApproveAsync(string id, IReadOnlyList<Scope>? scopes, StaffMember staff, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.RegistrationsTable, cancellationToken);
        for (var conflicts = 1; ; conflicts++)
        {
            if (await ReadAsync(id, cancellationToken) is not { } application)
            {
                return NoSuchApplication;
            }

            if (application.Status is "approved" or "rejected")
            {
                return AlreadyDecided(application.Status);
            }

            if (application.Status == "approving")
            {
                // Begun before (a retry, or a crash): finish it as it was begun.
                return await FinishApprovalAsync(application, origin, cancellationToken);
            }

            var existing = await ExistingClientAsync(application, cancellationToken);
            if (scopes is null && existing is not null)
            {
                return Failure.Invalid.Field("scopes", application.PersonKind == "legal"
                    ? "The company is already a client: choose the scopes this representative gets."
                    : "This person is already a client: look at the client and its representatives, then choose the scopes this user gets.");
            }

            var now = time.GetUtcNow();
            application.Status = "approving";
            application.UserId = Guid.NewGuid().ToString("N");
            application.ClientId = existing?.Id ?? Guid.NewGuid().ToString("N");
            application.Scopes = Clients.Scopes.Join(scopes ?? Vocabulary<Scope>.All);
            application.DecidedBy = staff.Actor;
            application.DecidedAt = now;
            // The repair index first: an approval that is recorded can always be found and finished.
            await table.UpsertEntityAsync(
                new ApprovingRegistrationEntity { PartitionKey = ApprovingRegistrationEntity.Partition, RowKey = $"{now.UtcTicks:D19}|{id}", ApplicationId = id },
                TableUpdateMode.Replace,
                cancellationToken);
            try
            {
                await table.UpdateEntityAsync(application, application.ETag, TableUpdateMode.Replace, cancellationToken);
            }
            catch (RequestFailedException exception) when (exception.Status == 412)
            {
                await Contention.BeforeRetryAsync(conflicts, "The application", cancellationToken);
                continue;
            }

            await audit.AppendAsync(application.PartitionKey, staff.Actor, application.ClientId, AuditActions.RegistrationApprove, id, AuditActions.Succeeded, origin, cancellationToken);
            await audit.AppendAsync(AuditTrail.StaffChain(staff.Id), staff.Actor, application.ClientId, AuditActions.RegistrationApprove, id, AuditActions.Succeeded, origin, cancellationToken);
            if (existing is not null)
            {
                // Someone new acts for a client that exists: its own trail says who let them in (the application holds the scopes).
                await audit.AppendAsync(AuditTrail.ClientChain(existing.Id), staff.Actor, existing.Id, AuditActions.RegistrationApprove, id, AuditActions.Succeeded, origin, cancellationToken);
            }
            return await FinishApprovalAsync(application, origin, cancellationToken);
        }
    }

    public async Task<Outcome<RegistrationDetails>> RejectAsync(string id, string? reason, StaffMember staff, AuditOrigin origin, CancellationToken cancellationToken)
    {
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > MaxReasonLength)
        {
            return Failure.Invalid.Field("reason", string.IsNullOrEmpty(reason) ? "Give the reason: the applicant is told it." : $"At most {MaxReasonLength} characters.");
        }

        var table = await storage.TableAsync(StorageNames.RegistrationsTable, cancellationToken);
        for (var conflicts = 1; ; conflicts++)
        {
            if (await ReadAsync(id, cancellationToken) is not { } application)
            {
                return NoSuchApplication;
            }

            if (application.Status != "pending")
            {
                return AlreadyDecided(application.Status);
            }

            application.Status = "rejected";
            application.Reason = reason;
            application.DecidedBy = staff.Actor;
            application.DecidedAt = time.GetUtcNow();
            var email = await outbox.PrepareAsync(StorageNames.RegistrationsTable, application.PartitionKey, new EmailMessage(
                application.Email, application.Language, EmailTemplates.RegistrationRejected, new Dictionary<string, string>
                {
                    ["reason"] = reason,
                }), cancellationToken);
            // Index first: should the rejection lose to another decision, the guard keeps the application when the period ends.
            await retention.AddAsync(RetentionKind.RejectedApplications, application.DecidedAt.Value, cancellationToken, new RetentionTarget(
                StorageNames.RegistrationsTable, application.PartitionKey, Row: null,
                application.DocumentBlob is { } document ? $"{StorageNames.RegistrationDocumentsContainer}/{document}" : null,
                new RetentionGuard(application.RowKey, nameof(RegistrationEntity.Status), "rejected")));
            try
            {
                await table.SubmitTransactionAsync([new(TableTransactionActionType.UpdateReplace, application, application.ETag), email], cancellationToken);
            }
            catch (RequestFailedException exception) when (exception.Status == 412)
            {
                await Contention.BeforeRetryAsync(conflicts, "The application", cancellationToken);
                continue;
            }

            await ClearPendingAsync(table, application, cancellationToken);
            await audit.AppendAsync(application.PartitionKey, staff.Actor, clientId: null, AuditActions.RegistrationReject, id, AuditActions.Succeeded, origin, cancellationToken);
            await audit.AppendAsync(AuditTrail.StaffChain(staff.Id), staff.Actor, clientId: null, AuditActions.RegistrationReject, id, AuditActions.Succeeded, origin, cancellationToken);
            return await DescribeAsync(application, cancellationToken);
        }
    }

    /// <summary>
    /// Closes the pending applications of the person whose personal code has <paramref name="personalCodeHmac"/>: they got an account by
    /// signing in with the unified login (<paramref name="userId"/>), so there is nothing left for staff to decide. Kept as a rejected
    /// application is, for the same period, then deleted with its document. The pending list is short (staff work through it), so it is read whole.
    /// </summary>
    public async Task CloseForPersonAsync(string personalCodeHmac, string userId, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.RegistrationsTable, cancellationToken);
        var pending = new List<string>();
        await foreach (var row in table.QueryAsync<PendingRegistrationEntity>(e => e.PartitionKey == PendingRegistrationEntity.Partition, cancellationToken: cancellationToken))
        {
            pending.Add(row.ApplicationId);
        }

        foreach (var application in await Task.WhenAll(pending.Select(id => ReadAsync(id, cancellationToken))))
        {
            if (application is not { Status: "pending" } || personalCodes.Of(application.PersonalCode) != personalCodeHmac)
            {
                continue;
            }

            application.Status = "closed";
            application.Reason = "The person signed in with the unified login and got an account as the client.";
            application.UserId = userId;
            application.DecidedBy = "portal";
            application.DecidedAt = time.GetUtcNow();
            await retention.AddAsync(RetentionKind.RejectedApplications, application.DecidedAt.Value, cancellationToken, new RetentionTarget(
                StorageNames.RegistrationsTable, application.PartitionKey, Row: null,
                application.DocumentBlob is { } document ? $"{StorageNames.RegistrationDocumentsContainer}/{document}" : null,
                new RetentionGuard(application.RowKey, nameof(RegistrationEntity.Status), "closed")));
            try
            {
                await table.UpdateEntityAsync(application, application.ETag, TableUpdateMode.Replace, cancellationToken);
            }
            catch (RequestFailedException exception) when (exception.Status == 412)
            {
                // Staff decided it meanwhile: their decision stands.
                continue;
            }

            await ClearPendingAsync(table, application, cancellationToken);
            await audit.AppendAsync(application.PartitionKey, "portal", clientId: null, AuditActions.RegistrationClose, application.ApplicationId, AuditActions.Succeeded, origin, cancellationToken);
        }
    }

    private static Failure AlreadyDecided(string status) =>
        new Failure.Conflict(ProblemTypes.AlreadyDecided, $"The application is {status} already.");

    /// <summary>The repair timer: finishes approvals begun long enough ago and still open; returns how many.</summary>
    public async Task<int> FinishOpenApprovalsAsync(CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.RegistrationsTable, cancellationToken);
        var before = $"{(time.GetUtcNow() - RepairAfter).UtcTicks:D19}";
        var finished = 0;
        await foreach (var row in table.QueryAsync<ApprovingRegistrationEntity>(
            e => e.PartitionKey == ApprovingRegistrationEntity.Partition && e.RowKey.CompareTo(before) < 0, cancellationToken: cancellationToken))
        {
            if (await ReadAsync(row.ApplicationId, cancellationToken) is { Status: "approving" } application)
            {
                if ((await FinishApprovalAsync(application, new AuditOrigin("", "repair", ""), cancellationToken)).Failure is null)
                {
                    finished++;
                }
            }
            else
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
            }
        }

        return finished;
    }

    /// <summary>
    /// The steps after the decision is recorded; each is safe to repeat. A decision made for a new client
    /// whose company or person became a client meanwhile (the back-office feed, another approval) stops
    /// here, before anyone joins it: staff decided without seeing that client and its representatives,
    /// so the application goes back to the pending list for scopes chosen with them in view.
    /// </summary>
    private async Task<Outcome<RegistrationDetails>> FinishApprovalAsync(RegistrationEntity application, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var legal = application.PersonKind == "legal";
        var client = await clients.EnsureAsync(
            application.ClientId!,
            legal ? application.CompanyName! : $"{application.FirstName} {application.LastName}",
            legal ? ClientKind.Legal : ClientKind.Natural,
            legal ? application.RegistrationNumber! : application.PersonalCode,
            cancellationToken);
        if (client.Id != application.ClientId)
        {
            await ReopenAsync(application, origin, cancellationToken);
            return new Failure.Conflict(ProblemTypes.Conflict, legal ? "The company became a client meanwhile." : "This person became a client meanwhile.",
                "The application is pending again: look at the client and its representatives, then choose the scopes this user gets.");
        }

        var account = await accounts.EnsureApplicantAsync(application.UserId!, new Applicant(
            application.Email, application.FirstName, application.LastName, application.Language, application.Phone, application.Address,
            personalCodes.Of(application.PersonalCode), application.AcceptedTermsVersion), cancellationToken);
        if (await terms.FindAsync(application.AcceptedTermsVersion, cancellationToken) is { } accepted)
        {
            await accounts.RecordTermsAcceptanceAsync(account.Id, accepted.Version, application.SubmittedAt, new AuditOrigin(application.IpAddress, application.UserAgent ?? "", ""), cancellationToken);
        }

        await clients.AddMemberAsync(account.Id, client, Clients.Scopes.Split(application.Scopes), cancellationToken);

        var table = await storage.TableAsync(StorageNames.RegistrationsTable, cancellationToken);
        if (account.Status == AccountStatus.AwaitingActivation)
        {
            await activations.IssueAsync(account, EmailTemplates.RegistrationApproved, client.Name, cancellationToken);
        }

        application.Status = "approved";
        application.UserId = account.Id;
        application.ClientId = client.Id;
        await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.UpdateReplace, application, ETag.All),
            await outbox.PrepareEventAsync(StorageNames.RegistrationsTable, application.PartitionKey, new BackOffice.BackOfficeEvent(
                BackOffice.BackOfficeEventTypes.RegistrationApproved, time.GetUtcNow(), new Dictionary<string, string?>
                {
                    ["applicationId"] = application.ApplicationId,
                    ["userId"] = account.Id,
                    ["clientId"] = client.Id,
                    ["clientExternalId"] = client.ExternalId,
                    ["personKind"] = application.PersonKind,
                    ["email"] = application.Email,
                    ["scopes"] = application.Scopes,
                }), cancellationToken),
        ], cancellationToken);
        await ClearPendingAsync(table, application, cancellationToken);
        await DeleteApprovingRowsAsync(table, application.ApplicationId, cancellationToken);

        await audit.AppendAsync(AuditTrail.UserChain(account.Id), application.DecidedBy ?? "staff", client.Id, AuditActions.AccountCreate,
            application.ApplicationId, AuditActions.Succeeded, origin, cancellationToken);
        RegistrationsLog.Approved(logger, application.ApplicationId, account.Id, client.Id);
        return await DescribeAsync(application, cancellationToken);
    }

    /// <summary>An approval stopped before anyone joined a client: the decision is undone and the application is pending again.</summary>
    private async Task ReopenAsync(RegistrationEntity application, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.RegistrationsTable, cancellationToken);
        var decidedBy = application.DecidedBy ?? "staff";
        application.Status = "pending";
        application.UserId = null;
        application.ClientId = null;
        application.Scopes = null;
        application.DecidedBy = null;
        application.DecidedAt = null;
        await table.UpdateEntityAsync(application, ETag.All, TableUpdateMode.Replace, cancellationToken);
        await DeleteApprovingRowsAsync(table, application.ApplicationId, cancellationToken);
        await audit.AppendAsync(application.PartitionKey, decidedBy, null, AuditActions.RegistrationApprove, application.ApplicationId, AuditActions.Reopened, origin, cancellationToken);
    }

    private static async Task DeleteApprovingRowsAsync(TableClient table, string applicationId, CancellationToken cancellationToken)
    {
        await foreach (var row in table.QueryAsync<ApprovingRegistrationEntity>(
            e => e.PartitionKey == ApprovingRegistrationEntity.Partition && e.ApplicationId == applicationId, cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }
    }

    /// <summary>The application leaves the pending list, and its email may apply again.</summary>
    private static async Task ClearPendingAsync(TableClient table, RegistrationEntity application, CancellationToken cancellationToken)
    {
        await table.DeleteIfPresentAsync(PendingRegistrationEntity.Partition, PendingRegistrationEntity.RowFor(application.SubmittedAt, application.ApplicationId), cancellationToken);
        var emailRow = RegistrationEmailEntity.PartitionFor(EmailAddress.Key(application.Email));
        var found = await table.GetEntityIfExistsAsync<RegistrationEmailEntity>(emailRow, RegistrationEmailEntity.Row, cancellationToken: cancellationToken);
        if (found.HasValue && found.Value!.ApplicationId == application.ApplicationId)
        {
            await table.DeleteIfPresentAsync(emailRow, RegistrationEmailEntity.Row, cancellationToken);
        }
    }

    /// <summary>The client the application names, if it exists: a company by its registration number, a person by the personal code.</summary>
    private Task<Client?> ExistingClientAsync(RegistrationEntity application, CancellationToken cancellationToken) =>
        application.PersonKind == "legal"
            ? clients.FindByKeyAsync(ClientKind.Legal, application.RegistrationNumber!, cancellationToken)
            : clients.FindByKeyAsync(ClientKind.Natural, application.PersonalCode, cancellationToken);

    private async Task<RegistrationEntity?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        if (!PortalIds.IsValid(id))
        {
            return null;
        }

        var table = await storage.TableAsync(StorageNames.RegistrationsTable, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<RegistrationEntity>(RegistrationEntity.PartitionFor(id), RegistrationEntity.Row, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }

    private async Task<RegistrationDetails> DescribeAsync(RegistrationEntity application, CancellationToken cancellationToken)
    {
        var existing = application.Status == "pending" ? await ExistingClientAsync(application, cancellationToken) : null;
        return new RegistrationDetails(
            application.ApplicationId, application.Status, application.PersonKind, application.FirstName, application.LastName, application.PersonalCode,
            application.CompanyName, application.RegistrationNumber, application.Position, application.Address, application.Email, application.Phone,
            application.Language, application.AcceptedTermsVersion, application.DocumentBlob is not null, application.SubmittedAt,
            application.UserId, application.ClientId, Clients.Scopes.Split(application.Scopes), application.DecidedBy, application.DecidedAt,
            application.Reason, existing?.Id);
    }
}
