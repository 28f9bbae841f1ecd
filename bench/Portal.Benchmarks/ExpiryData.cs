using System.Globalization;
using Azure.Data.Tables;
using Portal.Core.Accounts;

namespace Portal.Benchmarks;

/// <summary>Users written straight to storage with one precomputed hash: most expire later, <c>due</c> of them in 14 days.</summary>
internal static class ExpiryData
{
    /// <summary>10,000 and 100,000 users, the same 100 of them due.</summary>
    public static readonly int[] Sizes = [10_000, 100_000];

    public static async Task WriteAsync(string connectionString, int total, int due, string passwordHash)
    {
        var accounts = new TableClient(connectionString, "Accounts");
        var expiry = new TableClient(connectionString, "PasswordExpiry");
        var maxAge = new AccountOptions().PasswordMaxAge;
        var now = DateTimeOffset.UtcNow;
        var users = Enumerable.Range(0, total).Select(i =>
        {
            // The due ones changed their password 76 days ago (14 left); the rest are spread over the other days.
            var changedAt = i < due ? now - maxAge + TimeSpan.FromDays(14) : now - TimeSpan.FromDays(i % 60);
            return (Id: $"bench{i:D7}", ChangedAt: changedAt);
        }).ToList();

        await Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (user, cancellationToken) =>
            await accounts.AddEntityAsync(new TableEntity($"user|{user.Id}", $"account|{user.Id}")
            {
                ["UserId"] = user.Id,
                ["Email"] = $"{user.Id}@example.lv",
                ["FirstName"] = "Bench",
                ["LastName"] = "User",
                ["Language"] = "lv",
                ["Status"] = "Active",
                ["PasswordHash"] = passwordHash,
                ["PasswordChangedAt"] = user.ChangedAt,
                ["MustChangePassword"] = false,
                ["PasswordHistory"] = "[]",
                ["AcceptedTermsVersion"] = 4,
                ["CreatedAt"] = user.ChangedAt,
                ["ExpiryRemindersFor"] = "",
                ["ExpiryRemindersSent"] = "",
            }, cancellationToken));

        var byDate = users.GroupBy(u => PasswordExpirySchedule.ExpiresOn(u.ChangedAt, new AccountOptions()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Parallel.ForEachAsync(byDate.SelectMany(g => g.Chunk(100).Select(chunk => (Date: g.Key, Chunk: chunk))), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (batch, cancellationToken) => await expiry.SubmitTransactionAsync(
                batch.Chunk.Select(u => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(batch.Date, u.Id))), cancellationToken));
    }
}
