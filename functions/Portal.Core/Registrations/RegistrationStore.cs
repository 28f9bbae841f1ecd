using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Notifications;
using Portal.Core.Storage;
using Portal.Core.Terms;

namespace Portal.Core.Registrations;

/// <summary>A registration application waiting for ES to check it (§10). Partition "registration|{id}".</summary>
internal sealed class RegistrationEntity : PortalEntity
{
    public const string Row = "application";

    public RegistrationEntity()
    {
        RowKey = Row;
    }

    public string ApplicationId { get; set; } = "";

    public string Status { get; set; } = "pending";

    public string PersonKind { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    /// <summary>Kept as data for ES to check; never logged, never in a key.</summary>
    public string PersonalCode { get; set; } = "";

    public string? CompanyName { get; set; }

    public string? RegistrationNumber { get; set; }

    public string? Position { get; set; }

    public string Address { get; set; } = "";

    public string Email { get; set; } = "";

    public string Phone { get; set; } = "";

    public string Language { get; set; } = "lv";

    public int AcceptedTermsVersion { get; set; }

    public string? DocumentBlob { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public string IpAddress { get; set; } = "";

    public string? UserAgent { get; set; }

    /// <summary>Set when staff approve: the ids the approval rolls forward to, so a repeat lands on the same ones.</summary>
    public string? UserId { get; set; }

    public string? ClientId { get; set; }

    public string? Scopes { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? Reason { get; set; }

    public static string PartitionFor(string id) => $"registration|{id}";
}

/// <summary>An approval begun and not yet finished, for the repair timer. Partition "approving", row "{ticks}|{id}".</summary>
internal sealed class ApprovingRegistrationEntity : PortalEntity
{
    public const string Partition = "approving";

    public string ApplicationId { get; set; } = "";
}

/// <summary>One pending application per email: inserting this row fails when one is pending. Partition "email|{hash}".</summary>
internal sealed class RegistrationEmailEntity : PortalEntity
{
    public const string Row = "pending";

    public string ApplicationId { get; set; } = "";

    public static string PartitionFor(string emailKey) => $"email|{emailKey}";
}

/// <summary>Where staff find pending applications, oldest first, without a scan. Partition "pending", row "{ticks}|{id}".</summary>
internal sealed class PendingRegistrationEntity : PortalEntity
{
    public const string Partition = "pending";

    public string ApplicationId { get; set; } = "";

    public static string RowFor(DateTimeOffset submittedAt, string id) => $"{submittedAt.UtcTicks:D19}|{id}";
}

public abstract record RegistrationOutcome
{
    /// <summary>Stored, or quietly not stored (the email has an account or an application already): the caller cannot tell.</summary>
    public sealed record Accepted : RegistrationOutcome;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : RegistrationOutcome;

    public sealed record Throttled : RegistrationOutcome;
}

/// <summary>Receives registration applications (§4, §5, §10): checks them, keeps them for ES, confirms by email.</summary>
public sealed class SubmitRegistrationCommand(
    PortalStorage storage,
    TermsCatalog terms,
    AccountStore accounts,
    Outbox outbox,
    AuditTrail audit,
    Throttle throttle,
    IOptions<ThrottlingOptions> limits,
    TimeProvider time)
{
    public async Task<RegistrationOutcome> ExecuteAsync(RegistrationForm form, AuthorityDocument? document, AuditOrigin origin, CancellationToken cancellationToken)
    {
        if (!await throttle.TryHitAsync($"registration-ip|{origin.IpAddress}", limits.Value.RegistrationsPerIpPerHour, TimeSpan.FromHours(1), cancellationToken))
        {
            return new RegistrationOutcome.Throttled();
        }

        var current = await terms.CurrentVersionNumberAsync(cancellationToken) ?? 0;
        var (application, errors) = RegistrationRules.Validate(form, document, current);
        if (application is null)
        {
            return new RegistrationOutcome.Invalid(errors);
        }

        var emailKey = EmailAddress.Key(application.Email);
        if (!await throttle.TryHitAsync($"registration-email|{emailKey}", limits.Value.RegistrationsPerEmailPerDay, TimeSpan.FromDays(1), cancellationToken))
        {
            return new RegistrationOutcome.Throttled();
        }

        if (await accounts.FindByEmailAsync(application.Email, cancellationToken) is not null)
        {
            return new RegistrationOutcome.Accepted();
        }

        var table = await storage.TableAsync(StorageNames.RegistrationsTable, cancellationToken);
        var id = Guid.NewGuid().ToString("N");
        try
        {
            await table.AddEntityAsync(new RegistrationEmailEntity { PartitionKey = RegistrationEmailEntity.PartitionFor(emailKey), RowKey = RegistrationEmailEntity.Row, ApplicationId = id }, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return new RegistrationOutcome.Accepted();
        }

        string? blobName = null;
        if (document is not null)
        {
            blobName = $"{id}/authority.pdf";
            var container = await storage.ContainerAsync(StorageNames.RegistrationDocumentsContainer, cancellationToken);
            await container.GetBlobClient(blobName).UploadAsync(BinaryData.FromBytes(document.Content), overwrite: true, cancellationToken);
        }

        var now = time.GetUtcNow();
        var partition = RegistrationEntity.PartitionFor(id);
        await table.AddEntityAsync(new PendingRegistrationEntity { PartitionKey = PendingRegistrationEntity.Partition, RowKey = PendingRegistrationEntity.RowFor(now, id), ApplicationId = id }, cancellationToken);
        var confirmation = await outbox.PrepareAsync(StorageNames.RegistrationsTable, partition, new EmailMessage(
            application.Email, application.Language, EmailTemplates.RegistrationReceived, new Dictionary<string, string>
            {
                ["name"] = $"{application.FirstName} {application.LastName}",
                ["time"] = EmailTemplates.RigaTime(now),
            }), cancellationToken);
        await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new RegistrationEntity
            {
                PartitionKey = partition,
                ApplicationId = id,
                PersonKind = application.Kind == PersonKind.Legal ? "legal" : "natural",
                FirstName = application.FirstName,
                LastName = application.LastName,
                PersonalCode = application.PersonalCode,
                CompanyName = application.CompanyName,
                RegistrationNumber = application.RegistrationNumber,
                Position = application.Position,
                Address = application.Address,
                Email = EmailAddress.Normalize(application.Email),
                Phone = application.Phone,
                Language = application.Language,
                AcceptedTermsVersion = application.AcceptedTermsVersion,
                DocumentBlob = blobName,
                SubmittedAt = now,
                IpAddress = origin.IpAddress,
                UserAgent = origin.UserAgent,
            }),
            confirmation,
        ], cancellationToken);
        await audit.AppendAsync(partition, "applicant", clientId: null, AuditActions.RegistrationSubmit, id, AuditActions.Succeeded, origin, cancellationToken);
        return new RegistrationOutcome.Accepted();
    }
}
