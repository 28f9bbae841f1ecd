using Azure;
using Azure.Data.Tables;
using Portal.Core.Notifications;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

public sealed partial class AccountStore
{
    /// <summary>
    /// The account an approved application makes, waiting for its password; safe to repeat with the
    /// same id. Returns the account the email has - an older one if the email was taken meanwhile.
    /// </summary>
    public async Task<UserAccount> EnsureApplicantAsync(string userId, Applicant applicant, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var email = EmailAddress.Normalize(applicant.Email);
        try
        {
            await table.AddEntityAsync(new EmailIndexEntity { PartitionKey = EmailIndexEntity.PartitionFor(email), UserId = userId }, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            var index = await table.GetEntityAsync<EmailIndexEntity>(EmailIndexEntity.PartitionFor(email), EmailIndexEntity.Row, cancellationToken: cancellationToken);
            userId = index.Value.UserId;
        }

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
            Email = email,
            FirstName = applicant.FirstName,
            LastName = applicant.LastName,
            Language = applicant.Language,
            Phone = applicant.Phone,
            Address = applicant.Address,
            PersonalCodeHmac = applicant.PersonalCodeHmac,
            // Staff checked the application the code came from.
            PersonalCodeVerifiedBy = PersonalCodeVerifiers.Application,
            Status = nameof(AccountStatus.AwaitingActivation),
            PasswordChangedAt = now,
            AcceptedTermsVersion = applicant.AcceptedTermsVersion,
            CreatedAt = now,
        };
        // The search rows first: an account that exists can always be found.
        await IndexForSearchAsync(table, entity, cancellationToken);
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // Written by an earlier run of the same approval.
        }

        return (await ReadEntityAsync(userId, cancellationToken))!.ToAccount();
    }

    /// <summary>Sets the first password of an account waiting for it; false when the account is not waiting (already active, blocked).</summary>
    public async Task<bool> ActivateAsync(string userId, string password, CancellationToken cancellationToken)
    {
        var activated = false;
        await ModifyAsync(userId, entity =>
        {
            activated = entity.Status == nameof(AccountStatus.AwaitingActivation);
            if (!activated)
            {
                return false;
            }

            entity.Status = nameof(AccountStatus.Active);
            entity.PasswordHash = hasher.HashPassword(entity.ToAccount(), password);
            entity.PasswordChangedAt = time.GetUtcNow();
            entity.MustChangePassword = false;
            return true;
        }, notice: null, cancellationToken);
        if (activated)
        {
            await PasswordExpiryReminders.IndexAsync(
                await storage.TableAsync(StorageNames.PasswordExpiryTable, cancellationToken),
                userId,
                PasswordExpirySchedule.ExpiresOn(time.GetUtcNow(), options.Value),
                cancellationToken);
        }

        return activated;
    }

    /// <summary>Blocks, restores or ends the access (§12.2, §21), with the reason, and the user's email in the same transaction.</summary>
    public Task<UserAccount?> SetStatusAsync(string userId, AccountStatus status, string reason, Func<UserAccount, EmailMessage> notice, CancellationToken cancellationToken) =>
        ModifyAsync(userId, entity =>
        {
            if (entity.Status == nameof(AccountStatus.Terminated) || entity.Status == status.ToString())
            {
                return false;
            }

            entity.Status = status.ToString();
            entity.StatusReason = status == AccountStatus.Active ? "" : reason;
            entity.StatusChangedAt = time.GetUtcNow();
            return true;
        }, notice, cancellationToken);

    /// <summary>ES asks for a new password (§15.3: "when the system demands it"): the next sign-in must change it.</summary>
    public Task<UserAccount?> DemandPasswordChangeAsync(string userId, Func<UserAccount, EmailMessage> notice, CancellationToken cancellationToken) =>
        ModifyAsync(userId, entity =>
        {
            entity.MustChangePassword = true;
            return true;
        }, notice, cancellationToken);

    /// <summary>The user's own contact details and language (§15.7); null values stay as they are.</summary>
    /// <param name="changed">The back-office event the change causes, written in the same transaction.</param>
    public Task<UserAccount?> UpdateProfileAsync(
        string userId, string? phone, string? address, string? language, Func<UserAccount, BackOffice.BackOfficeEvent> changed, CancellationToken cancellationToken) =>
        ModifyAsync(userId, entity =>
        {
            entity.Phone = phone ?? entity.Phone;
            entity.Address = address ?? entity.Address;
            entity.Language = language ?? entity.Language;
            return true;
        }, notice: null, cancellationToken, changed);

    /// <summary>The user's choice of reminders; null when there is no such user.</summary>
    public Task<UserAccount?> SetRemindersAsync(string userId, ReminderChoices choices, CancellationToken cancellationToken) =>
        ModifyAsync(userId, entity =>
        {
            var off = choices.Off();
            var changed = entity.RemindersOff != off;
            entity.RemindersOff = off;
            return changed;
        }, notice: null, cancellationToken);

    /// <summary>
    /// Moves the account to a new email (the username): the new address is taken first, so it cannot
    /// belong to two accounts; false when another account has it. The old owner is told in the same transaction.
    /// </summary>
    public async Task<bool> ChangeEmailAsync(string userId, string newEmail, Func<UserAccount, EmailMessage> noticeToOldAddress, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var email = EmailAddress.Normalize(newEmail);
        if (!await ClaimEmailAsync(userId, email, cancellationToken))
        {
            return false;
        }

        string? oldEmail = null;
        await ModifyAsync(userId, entity =>
        {
            oldEmail = entity.Email;
            entity.Email = email;
            return oldEmail != email;
        }, noticeToOldAddress, cancellationToken);
        if (oldEmail is not null && oldEmail != email)
        {
            await table.DeleteEntityAsync(EmailIndexEntity.PartitionFor(oldEmail), EmailIndexEntity.Row, ETag.All, cancellationToken);
        }

        return true;
    }

    /// <summary>Users whose name starts with the words given (surname or first name first), by personal code, or by email.</summary>
    public async Task<IReadOnlyList<UserAccount>> SearchAsync(string query, string? personalCodeHmac, int limit, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var ids = new List<string>();
        if (query.Contains('@', StringComparison.Ordinal))
        {
            if (await FindByEmailAsync(query, cancellationToken) is { } byEmail)
            {
                return [byEmail];
            }

            return [];
        }

        if (personalCodeHmac is not null)
        {
            var partition = UserSearchEntity.PersonalCodePartition(personalCodeHmac);
            await foreach (var row in table.QueryAsync<UserSearchEntity>(e => e.PartitionKey == partition, maxPerPage: limit, cancellationToken: cancellationToken))
            {
                ids.Add(row.UserId);
            }
        }
        else
        {
            var prefix = UserSearchEntity.Fold(query);
            if (prefix.Length == 0)
            {
                return [];
            }

            var end = prefix + '\uffff';
            await foreach (var row in table.QueryAsync<UserSearchEntity>(
                e => e.PartitionKey == UserSearchEntity.NamesPartition && e.RowKey.CompareTo(prefix) >= 0 && e.RowKey.CompareTo(end) < 0,
                maxPerPage: limit,
                cancellationToken: cancellationToken))
            {
                ids.Add(row.UserId);
                if (ids.Count >= limit * 2)
                {
                    break;
                }
            }
        }

        var found = new List<UserAccount>();
        foreach (var id in ids.Distinct().Take(limit))
        {
            if (await GetAsync(id, cancellationToken) is { } account)
            {
                found.Add(account);
            }
        }

        return found;
    }

    private static async Task IndexForSearchAsync(TableClient table, UserEntity entity, CancellationToken cancellationToken)
    {
        foreach (var name in new[] { $"{entity.LastName} {entity.FirstName}", $"{entity.FirstName} {entity.LastName}" })
        {
            await table.UpsertEntityAsync(
                new UserSearchEntity { PartitionKey = UserSearchEntity.NamesPartition, RowKey = $"{UserSearchEntity.Fold(name)}|{entity.UserId}", UserId = entity.UserId },
                TableUpdateMode.Replace,
                cancellationToken);
        }

        if (entity.PersonalCodeHmac is { } hmac)
        {
            await table.UpsertEntityAsync(
                new UserSearchEntity { PartitionKey = UserSearchEntity.PersonalCodePartition(hmac), RowKey = entity.UserId, UserId = entity.UserId },
                TableUpdateMode.Replace,
                cancellationToken);
        }
    }

    /// <summary>
    /// Applies a change to the user's row under its ETag (re-reading on 412), with the email it causes
    /// in the same transaction. The change returns false to leave the row as it is. Null when there is no such user.
    /// </summary>
    private async Task<UserAccount?> ModifyAsync(
        string userId, Func<UserEntity, bool> change, Func<UserAccount, EmailMessage>? notice, CancellationToken cancellationToken, Func<UserAccount, BackOffice.BackOfficeEvent>? backOfficeEvent = null)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        for (var conflicts = 1; ; conflicts++)
        {
            if (await ReadEntityAsync(userId, cancellationToken) is not { } entity)
            {
                return null;
            }

            if (!change(entity))
            {
                return entity.ToAccount();
            }

            List<TableTransactionAction> actions = [new(TableTransactionActionType.UpdateReplace, entity, entity.ETag)];
            if (notice is not null)
            {
                actions.Add(await outbox.PrepareAsync(StorageNames.AccountsTable, entity.PartitionKey, notice(entity.ToAccount()), cancellationToken));
            }

            if (backOfficeEvent is not null)
            {
                actions.Add(await outbox.PrepareEventAsync(StorageNames.AccountsTable, entity.PartitionKey, backOfficeEvent(entity.ToAccount()), cancellationToken));
            }

            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken);
                return entity.ToAccount();
            }
            catch (RequestFailedException exception) when (exception.Status == 412)
            {
                // Changed meanwhile: apply on top of the new state.
                await Contention.BeforeRetryAsync(conflicts, "The account", cancellationToken);
            }
        }
    }
}
