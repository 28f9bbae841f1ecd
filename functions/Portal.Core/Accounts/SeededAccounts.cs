using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>
/// Accounts a host's store seed creates (the dev host's demo users): written on the seed's own tables,
/// as the terms are, before the store answers requests.
/// </summary>
public sealed class SeededAccounts(IPasswordHasher<UserAccount> hasher, IOptions<AccountOptions> options, TimeProvider time)
{
    /// <summary>The account, or null when its email already has one (which is left as it is).</summary>
    public Task<UserAccount?> CreateAsync(StoreSeedContext store, NewAccount account, CancellationToken cancellationToken) =>
        AccountStore.CreateAsync(
            store.Tables.GetTableClient(StorageNames.AccountsTable),
            store.Tables.GetTableClient(StorageNames.PasswordExpiryTable),
            account,
            hasher,
            options.Value,
            time.GetUtcNow(),
            cancellationToken);
}
