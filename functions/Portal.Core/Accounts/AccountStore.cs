using Azure;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Identity;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>Accounts in Table Storage: the user row, and the email index that keeps emails unique.</summary>
public sealed class AccountStore(PortalStorage storage, IPasswordHasher<UserAccount> hasher, TimeProvider time)
{
    public async Task<UserAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var index = await table.GetEntityIfExistsAsync<EmailIndexEntity>(EmailIndexEntity.PartitionFor(email), EmailIndexEntity.Row, cancellationToken: cancellationToken);
        return index.HasValue && index.Value is { } entry ? await GetAsync(entry.UserId, cancellationToken) : null;
    }

    public async Task<UserAccount?> GetAsync(string userId, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var user = await table.GetEntityIfExistsAsync<UserEntity>(UserEntity.PartitionFor(userId), UserEntity.Row, cancellationToken: cancellationToken);
        return user.HasValue && user.Value is { } entity ? entity.ToAccount() : null;
    }

    /// <summary>Creates the account, or returns null when the email already has one.</summary>
    public async Task<UserAccount?> CreateAsync(NewAccount account, CancellationToken cancellationToken) =>
        await CreateAsync(await storage.TableAsync(StorageNames.AccountsTable, cancellationToken), account, hasher, time.GetUtcNow(), cancellationToken);

    /// <summary>The creation itself, on a given table, for callers that run while storage is being prepared (seeds).</summary>
    internal static async Task<UserAccount?> CreateAsync(
        TableClient table, NewAccount account, IPasswordHasher<UserAccount> hasher, DateTimeOffset now, CancellationToken cancellationToken)
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
            now, MustChangePassword: false, account.AcceptedTermsVersion, now);
        created = created with { PasswordHash = hasher.HashPassword(created, account.Password) };
        await table.UpsertEntityAsync(ToEntity(created), TableUpdateMode.Replace, cancellationToken);
        return created;
    }

    private static UserEntity ToEntity(UserAccount account) => new()
    {
        PartitionKey = UserEntity.PartitionFor(account.Id),
        UserId = account.Id,
        Email = account.Email,
        FirstName = account.FirstName,
        LastName = account.LastName,
        Language = account.Language,
        Status = account.Status.ToString(),
        PasswordHash = account.PasswordHash,
        PasswordChangedAt = account.PasswordChangedAt,
        MustChangePassword = account.MustChangePassword,
        AcceptedTermsVersion = account.AcceptedTermsVersion,
        CreatedAt = account.CreatedAt,
    };
}
