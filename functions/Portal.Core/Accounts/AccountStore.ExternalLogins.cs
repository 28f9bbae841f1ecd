using Azure;
using Azure.Data.Tables;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>External logins (§2.8): users by personal code, their logins, linking and unlinking, and accounts the unified login makes.</summary>
public sealed partial class AccountStore
{
    /// <summary>
    /// The users whose stored personal code is one of <paramref name="codeHmacs"/>, found through the personal-code index and
    /// checked against each user's own row (an index row a change left behind finds nothing).
    /// </summary>
    public async Task<IReadOnlyList<UserAccount>> FindByPersonalCodesAsync(IReadOnlyCollection<string> codeHmacs, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hmac in codeHmacs)
        {
            var partition = UserSearchEntity.PersonalCodePartition(hmac);
            await foreach (var row in table.QueryAsync<UserSearchEntity>(e => e.PartitionKey == partition, maxPerPage: 50, cancellationToken: cancellationToken))
            {
                ids.Add(row.UserId);
            }
        }

        var accounts = await Task.WhenAll(ids.Select(id => GetAsync(id, cancellationToken)));
        return [.. accounts.OfType<UserAccount>().Where(account => account.PersonalCodeHmac is { } hmac && codeHmacs.Contains(hmac)).OrderBy(account => account.Id, StringComparer.Ordinal)];
    }

    /// <summary>The user's external logins, by provider.</summary>
    public async Task<IReadOnlyList<ExternalLogin>> LoginsAsync(string userId, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var partition = UserEntity.PartitionFor(userId);
        const string from = ExternalLoginEntity.RowPrefix;
        const string to = ExternalLoginEntity.RowPrefix + "\uffff";
        var logins = new List<ExternalLogin>();
        await foreach (var row in table.QueryAsync<ExternalLoginEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
        {
            logins.Add(row.ToLogin());
        }

        return [.. logins.OrderBy(login => login.Provider, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Records a use of the login and makes the code it carries the user's verified personal code, in one transaction with the
    /// user row (If-Match): a first use links it. The code's index row is written first and the old code's deleted after, so
    /// the user can always be found by the code their row holds. A first use sends <paramref name="linkedNotice"/> in the same
    /// transaction. Null when there is no such user.
    /// </summary>
    public async Task<LoginUsed?> UseLoginAsync(
        string userId, ExternalLoginUse use, string codeHmac, Func<UserAccount, Notifications.EmailMessage> linkedNotice, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var partition = UserEntity.PartitionFor(userId);
        await table.UpsertEntityAsync(
            new UserSearchEntity { PartitionKey = UserSearchEntity.PersonalCodePartition(codeHmac), RowKey = userId, UserId = userId },
            TableUpdateMode.Replace,
            cancellationToken);
        for (var conflicts = 1; ; conflicts++)
        {
            if (await ReadEntityAsync(userId, cancellationToken) is not { } entity)
            {
                return null;
            }

            var oldCode = entity.PersonalCodeHmac;
            entity.PersonalCodeHmac = codeHmac;
            entity.PersonalCodeVerifiedBy = oldCode == codeHmac && entity.PersonalCodeVerifiedBy.Length > 0 ? entity.PersonalCodeVerifiedBy : use.Provider;
            var now = time.GetUtcNow();
            var existing = await table.GetEntityIfExistsAsync<ExternalLoginEntity>(partition, ExternalLoginEntity.RowFor(use.Provider), cancellationToken: cancellationToken);
            var login = existing.HasValue && existing.Value is { } found ? found : new ExternalLoginEntity
            {
                PartitionKey = partition,
                RowKey = ExternalLoginEntity.RowFor(use.Provider),
                Provider = use.Provider,
                LinkedAt = now,
            };
            var linking = !existing.HasValue;
            login.SubjectHmac = use.SubjectHmac;
            login.Method = use.Method ?? "";
            login.LastUsedAt = now;
            List<TableTransactionAction> actions =
            [
                new(TableTransactionActionType.UpdateReplace, entity, entity.ETag),
                linking ? new(TableTransactionActionType.Add, login) : new(TableTransactionActionType.UpdateReplace, login, login.ETag),
            ];
            if (linking)
            {
                actions.Add(await outbox.PrepareAsync(StorageNames.AccountsTable, partition, linkedNotice(entity.ToAccount()), cancellationToken));
            }

            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken);
            }
            catch (RequestFailedException exception) when (exception.Status is 409 or 412)
            {
                await Contention.BeforeRetryAsync(conflicts, "The account", cancellationToken);
                continue;
            }

            if (oldCode is not null && oldCode != codeHmac)
            {
                await table.DeleteIfPresentAsync(UserSearchEntity.PersonalCodePartition(oldCode), userId, cancellationToken);
            }

            return new LoginUsed(entity.ToAccount(), linking);
        }
    }

    /// <summary>
    /// Removes the login, and with it the verification of the personal code, so the provider no longer signs this user in by
    /// the code until they link it again with their password. False when the user has no such login.
    /// </summary>
    public async Task<bool> UnlinkAsync(string userId, string provider, Func<UserAccount, Notifications.EmailMessage> notice, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var partition = UserEntity.PartitionFor(userId);
        for (var conflicts = 1; ; conflicts++)
        {
            var login = await table.GetEntityIfExistsAsync<ExternalLoginEntity>(partition, ExternalLoginEntity.RowFor(provider), cancellationToken: cancellationToken);
            if (!login.HasValue || login.Value is not { } row || await ReadEntityAsync(userId, cancellationToken) is not { } entity)
            {
                return false;
            }

            entity.PersonalCodeVerifiedBy = "";
            try
            {
                await table.SubmitTransactionAsync(
                [
                    new(TableTransactionActionType.UpdateReplace, entity, entity.ETag),
                    new(TableTransactionActionType.Delete, row, row.ETag),
                    await outbox.PrepareAsync(StorageNames.AccountsTable, partition, notice(entity.ToAccount()), cancellationToken),
                ], cancellationToken);
                return true;
            }
            catch (RequestFailedException exception) when (exception.Status is 404 or 412)
            {
                await Contention.BeforeRetryAsync(conflicts, "The account", cancellationToken);
            }
        }
    }

    /// <summary>Claims <paramref name="email"/> for the user (about to be created, or changing its email): false when another account has it.</summary>
    public async Task<bool> ClaimEmailAsync(string userId, string email, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        try
        {
            await table.AddEntityAsync(new EmailIndexEntity { PartitionKey = EmailIndexEntity.PartitionFor(EmailAddress.Normalize(email)), UserId = userId }, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            var index = await table.GetEntityAsync<EmailIndexEntity>(EmailIndexEntity.PartitionFor(EmailAddress.Normalize(email)), EmailIndexEntity.Row, cancellationToken: cancellationToken);
            return index.Value.UserId == userId;
        }
    }

    /// <summary>
    /// Creates an active account without a password, its email claimed before (<see cref="ClaimEmailAsync"/>): the search rows
    /// first, then in one transaction the user row (its code verified by the provider), its login, the acceptance of the terms
    /// in force and the back-office event. Repeating it for the same id finds the row there and answers it.
    /// </summary>
    public async Task<UserAccount> CreateExternalAsync(
        string userId, NewExternalAccount account, TermsAcceptance accepted, Func<UserAccount, BackOffice.BackOfficeEvent> created, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        if (await ReadEntityAsync(userId, cancellationToken) is { } existing)
        {
            return existing.ToAccount();
        }

        var now = time.GetUtcNow();
        var entity = new UserEntity
        {
            PartitionKey = UserEntity.PartitionFor(userId),
            RowKey = UserEntity.RowFor(userId),
            UserId = userId,
            Email = EmailAddress.Normalize(account.Email),
            FirstName = account.FirstName,
            LastName = account.LastName,
            Language = account.Language,
            Status = nameof(AccountStatus.Active),
            PasswordChangedAt = now,
            AcceptedTermsVersion = account.AcceptedTermsVersion,
            CreatedAt = now,
            PersonalCodeHmac = account.PersonalCodeHmac,
            PersonalCodeVerifiedBy = account.Login.Provider,
        };
        await IndexForSearchAsync(table, entity, cancellationToken);
        await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, entity),
            new(TableTransactionActionType.Add, new ExternalLoginEntity
            {
                PartitionKey = entity.PartitionKey,
                RowKey = ExternalLoginEntity.RowFor(account.Login.Provider),
                Provider = account.Login.Provider,
                SubjectHmac = account.Login.SubjectHmac,
                Method = account.Login.Method ?? "",
                LinkedAt = now,
                LastUsedAt = now,
            }),
            new(TableTransactionActionType.Add, new TermsAcceptanceEntity
            {
                PartitionKey = entity.PartitionKey,
                RowKey = TermsAcceptanceEntity.RowFor(accepted.Version),
                Version = accepted.Version,
                TextSha256 = accepted.TextSha256,
                AcceptedAt = accepted.AcceptedAt,
                IpAddress = accepted.IpAddress,
                UserAgent = accepted.UserAgent,
            }),
            await outbox.PrepareEventAsync(StorageNames.AccountsTable, entity.PartitionKey, created(entity.ToAccount()), cancellationToken),
        ], cancellationToken);
        return entity.ToAccount();
    }
}
