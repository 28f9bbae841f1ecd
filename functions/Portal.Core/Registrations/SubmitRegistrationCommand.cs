using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;
using Portal.Core.Storage;
using Portal.Core.Terms;

namespace Portal.Core.Registrations;

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
    public async Task<Outcome<Done>> ExecuteAsync(RegistrationForm form, AuthorityDocument? document, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var current = await terms.CurrentVersionNumberAsync(cancellationToken) ?? 0;
        var (application, errors) = RegistrationRules.Validate(form, document, current);
        if (application is null)
        {
            return new Failure.Invalid(errors);
        }

        var emailKey = EmailAddress.Key(application.Email);
        if (!await throttle.TryHitAsync($"registration-email|{emailKey}", limits.Value.RegistrationsPerEmailPerDay, TimeSpan.FromDays(1), cancellationToken))
        {
            return new Failure.Throttled();
        }

        if (await accounts.FindByEmailAsync(application.Email, cancellationToken) is not null)
        {
            return Done.Instance;
        }

        var table = await storage.TableAsync(StorageNames.RegistrationsTable, cancellationToken);
        var id = Guid.NewGuid().ToString("N");
        try
        {
            await table.AddEntityAsync(new RegistrationEmailEntity { PartitionKey = RegistrationEmailEntity.PartitionFor(emailKey), RowKey = RegistrationEmailEntity.Row, ApplicationId = id }, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return Done.Instance;
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
        return Done.Instance;
    }
}
