using Azure;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Identity;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Portal.Core.Audit;
using Portal.Core.Notifications;
using Portal.Core.Storage;
using Portal.Core.Terms;

namespace Portal.Core.Accounts;

/// <summary>Accounts in Table Storage: the user row, and the email index that keeps emails unique.</summary>
public sealed partial class AccountStore(PortalStorage storage, IPasswordHasher<UserAccount> hasher, Outbox outbox, TimeProvider time, IOptions<AccountOptions> options)
{
    /// <summary>The hashes of the current and the previous passwords (as many as the history keeps).</summary>
    public async Task<IReadOnlyList<string>> RecentPasswordHashesAsync(string userId, CancellationToken cancellationToken)
    {
        var entity = await ReadEntityAsync(userId, cancellationToken) ?? throw new InvalidOperationException($"No account {userId}.");
        return [entity.PasswordHash, .. JsonSerializer.Deserialize(entity.PasswordHistory, AccountsJson.Default.ListString) ?? []];
    }

    /// <summary>
    /// Sets a new password: the old one joins the history, a demanded change is done, and the notice
    /// email goes into the outbox in the same transaction.
    /// </summary>
    public async Task SetPasswordAsync(string userId, string newPassword, Func<UserAccount, EmailMessage> notice, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        for (var conflicts = 1; ; conflicts++)
        {
            var entity = await ReadEntityAsync(userId, cancellationToken) ?? throw new InvalidOperationException($"No account {userId}.");
            var history = JsonSerializer.Deserialize(entity.PasswordHistory, AccountsJson.Default.ListString) ?? [];
            if (entity.PasswordHash.Length > 0)
            {
                // An account made by the unified login has had no password before its first: nothing to remember.
                history.Insert(0, entity.PasswordHash);
            }

            entity.PasswordHistory = JsonSerializer.Serialize(history.Take(options.Value.PasswordHistory).ToList(), AccountsJson.Default.ListString);
            entity.PasswordHash = hasher.HashPassword(entity.ToAccount(), newPassword);
            entity.PasswordChangedAt = time.GetUtcNow();
            entity.MustChangePassword = false;
            // Indexed before the change commits: a row for a change that never happened finds nothing to remind of.
            await PasswordExpiryReminders.IndexAsync(
                await storage.TableAsync(StorageNames.PasswordExpiryTable, cancellationToken),
                userId,
                PasswordExpirySchedule.ExpiresOn(entity.PasswordChangedAt, options.Value),
                cancellationToken);
            var email = await outbox.PrepareAsync(StorageNames.AccountsTable, entity.PartitionKey, notice(entity.ToAccount()), cancellationToken);
            try
            {
                await table.SubmitTransactionAsync([new(TableTransactionActionType.UpdateReplace, entity, entity.ETag), email], cancellationToken);
                return;
            }
            catch (RequestFailedException exception) when (exception.Status == 412)
            {
                // The account changed meanwhile (another sign-in, a staff action): apply on top of it.
                await Contention.BeforeRetryAsync(conflicts, "The account", cancellationToken);
            }
        }
    }

    /// <summary>Records that the user accepted this version of the terms, and moves their accepted version to it, in one transaction.</summary>
    public Task RecordTermsAcceptanceAsync(string userId, TermsVersion version, AuditOrigin origin, CancellationToken cancellationToken) =>
        RecordTermsAcceptanceAsync(userId, version, time.GetUtcNow(), origin, cancellationToken);

    /// <summary>The same, for an acceptance made earlier: the one in a registration application, recorded when it is approved.</summary>
    public async Task RecordTermsAcceptanceAsync(string userId, TermsVersion version, DateTimeOffset acceptedAt, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        for (var conflicts = 1; ; conflicts++)
        {
            var entity = await ReadEntityAsync(userId, cancellationToken) ?? throw new InvalidOperationException($"No account {userId}.");
            entity.AcceptedTermsVersion = Math.Max(entity.AcceptedTermsVersion, version.Version);
            var acceptance = new TermsAcceptanceEntity
            {
                PartitionKey = entity.PartitionKey,
                RowKey = TermsAcceptanceEntity.RowFor(version.Version),
                Version = version.Version,
                TextSha256 = version.Sha256 ?? "",
                AcceptedAt = acceptedAt,
                IpAddress = origin.IpAddress,
                UserAgent = origin.UserAgent,
            };
            try
            {
                await table.SubmitTransactionAsync(
                    [new(TableTransactionActionType.UpdateReplace, entity, entity.ETag), new(TableTransactionActionType.UpsertReplace, acceptance)],
                    cancellationToken);
                return;
            }
            catch (RequestFailedException exception) when (exception.Status == 412)
            {
                // The account changed meanwhile: record on top of the new state.
                await Contention.BeforeRetryAsync(conflicts, "The account", cancellationToken);
            }
        }
    }

    private async Task<UserEntity?> ReadEntityAsync(string userId, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var user = await table.GetEntityIfExistsAsync<UserEntity>(UserEntity.PartitionFor(userId), UserEntity.RowFor(userId), cancellationToken: cancellationToken);
        return user.HasValue ? user.Value : null;
    }

    /// <summary>
    /// The account an email names. Two point reads whether or not one does (an email no account has reads
    /// a user row that cannot exist), so the time of sign-in or registration does not tell which.
    /// </summary>
    public async Task<UserAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var index = await table.GetEntityIfExistsAsync<EmailIndexEntity>(EmailIndexEntity.PartitionFor(email), EmailIndexEntity.Row, cancellationToken: cancellationToken);
        var account = await GetAsync(index.HasValue && index.Value is { } entry ? entry.UserId : NoUser, cancellationToken);
        return index.HasValue ? account : null;
    }

    /// <summary>A user id no account has (ids are GUIDs without hyphens): read where no account was found, so every path makes the same calls.</summary>
    public const string NoUser = "no-such-user";

    public async Task<UserAccount?> GetAsync(string userId, CancellationToken cancellationToken) =>
        (await ReadEntityAsync(userId, cancellationToken))?.ToAccount();

    /// <summary>Creates the account, or returns null when the email already has one.</summary>
    public async Task<UserAccount?> CreateAsync(NewAccount account, CancellationToken cancellationToken) =>
        await CreateAsync(
            await storage.TableAsync(StorageNames.AccountsTable, cancellationToken),
            await storage.TableAsync(StorageNames.PasswordExpiryTable, cancellationToken),
            account,
            hasher,
            options.Value,
            time.GetUtcNow(),
            cancellationToken);

    /// <summary>The creation itself, on a given table, for callers that run while storage is being prepared (seeds).</summary>
    internal static async Task<UserAccount?> CreateAsync(
        TableClient table,
        TableClient expiryTable,
        NewAccount account,
        IPasswordHasher<UserAccount> hasher,
        AccountOptions options,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var userId = Guid.NewGuid().ToString("N");
        var email = EmailAddress.Normalize(account.Email);
        try
        {
            // The index row first: it is what makes the email taken, so two creations cannot both win.
            await table.AddEntityAsync(new EmailIndexEntity { PartitionKey = EmailIndexEntity.PartitionFor(email), UserId = userId }, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return null;
        }

        var created = new UserAccount(
            userId, email, account.FirstName, account.LastName, account.Language, AccountStatus.Active, "",
            now, MustChangePassword: false, account.AcceptedTermsVersion, now)
        {
            PersonalCodeHmac = account.PersonalCodeHmac,
            PersonalCodeVerifiedBy = account.PersonalCodeVerifiedBy,
        };
        if (account.Password.Length > 0)
        {
            created = created with { PasswordHash = hasher.HashPassword(created, account.Password) };
            await PasswordExpiryReminders.IndexAsync(expiryTable, userId, PasswordExpirySchedule.ExpiresOn(now, options), cancellationToken);
        }

        var entity = ToEntity(created);
        await IndexForSearchAsync(table, entity, cancellationToken);
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        return created;
    }

    private static UserEntity ToEntity(UserAccount account) => new()
    {
        PartitionKey = UserEntity.PartitionFor(account.Id),
        RowKey = UserEntity.RowFor(account.Id),
        UserId = account.Id,
        Email = account.Email,
        FirstName = account.FirstName,
        LastName = account.LastName,
        Language = account.Language,
        Status = account.Status.ToString(),
        Phone = account.Phone,
        Address = account.Address,
        PasswordHash = account.PasswordHash,
        PasswordChangedAt = account.PasswordChangedAt,
        MustChangePassword = account.MustChangePassword,
        AcceptedTermsVersion = account.AcceptedTermsVersion,
        CreatedAt = account.CreatedAt,
        PersonalCodeHmac = account.PersonalCodeHmac,
        PersonalCodeVerifiedBy = account.PersonalCodeVerifiedBy,
    };
}
