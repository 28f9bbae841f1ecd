using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Notifications;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>
/// The daily reminder run. It reads the index for the next 14 days only, so its cost follows the
/// users due, not all users; it re-checks each user's row before acting, as the index may be stale.
/// </summary>
public sealed class PasswordExpiryReminders(PortalStorage storage, Outbox outbox, TimeProvider time, IOptions<AccountOptions> options, ILogger<PasswordExpiryReminders> logger)
{
    public static async Task IndexAsync(TableClient expiryTable, string userId, DateOnly expiresOn, CancellationToken cancellationToken) =>
        await expiryTable.UpsertEntityAsync(new PasswordExpiryEntity { PartitionKey = PasswordExpiryEntity.PartitionFor(expiresOn), RowKey = userId }, TableUpdateMode.Replace, cancellationToken);

    /// <summary>Sends the reminders due today; returns how many index rows it read and how many reminders it queued.</summary>
    public async Task<ExpiryRun> SendDueAsync(CancellationToken cancellationToken)
    {
        var index = await storage.TableAsync(StorageNames.PasswordExpiryTable, cancellationToken);
        var accounts = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var today = RigaCalendar.DateOf(time.GetUtcNow());
        var sent = 0;
        var read = 0;
        for (var day = 1; day <= PasswordExpirySchedule.ReminderDays.Max(); day++)
        {
            var expiresOn = today.AddDays(day);
            var partition = PasswordExpiryEntity.PartitionFor(expiresOn);
            await foreach (var entry in index.QueryAsync<PasswordExpiryEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
            {
                read++;
                if (await RemindAsync(accounts, entry.RowKey, today, expiresOn, cancellationToken))
                {
                    sent++;
                }
            }
        }

        AccountsLog.ExpiryRemindersSent(logger, sent, today);
        return new ExpiryRun(read, sent);
    }

    private async Task<bool> RemindAsync(TableClient accounts, string userId, DateOnly today, DateOnly indexedExpiry, CancellationToken cancellationToken)
    {
        var found = await accounts.GetEntityIfExistsAsync<UserEntity>(UserEntity.PartitionFor(userId), UserEntity.RowFor(userId), cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value is not { } user || user.Status != nameof(AccountStatus.Active))
        {
            return false;
        }

        var expiresOn = PasswordExpirySchedule.ExpiresOn(user.PasswordChangedAt, options.Value);
        if (expiresOn != indexedExpiry)
        {
            // The password was changed since the index row was written: the newer row speaks for it.
            return false;
        }

        var marker = PasswordExpiryEntity.PartitionFor(expiresOn);
        var alreadySent = user.ExpiryRemindersFor == marker
            ? user.ExpiryRemindersSent.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToHashSet()
            : [];
        if (PasswordExpirySchedule.DueReminder(today, expiresOn, alreadySent) is not { } reminder)
        {
            return false;
        }

        user.ExpiryRemindersFor = marker;
        user.ExpiryRemindersSent = string.Join(',', alreadySent.Append(reminder).Order());
        var email = await outbox.PrepareAsync(StorageNames.AccountsTable, user.PartitionKey, new EmailMessage(
            user.Email, user.Language, EmailTemplates.PasswordExpiring, new Dictionary<string, string>
            {
                ["days"] = $"{expiresOn.DayNumber - today.DayNumber}",
                ["date"] = expiresOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            }), cancellationToken);
        try
        {
            await accounts.SubmitTransactionAsync([new(TableTransactionActionType.UpdateReplace, user, user.ETag), email], cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            // The user changed meanwhile (perhaps the password): the next run looks again.
            return false;
        }
    }
}
