using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Storage;
using Portal.Core.Terms;

namespace Portal.Demo;

/// <summary>Creates the demo users when the store has none of them; an existing one is left as it is.</summary>
internal sealed class DemoAccountsSeed(
    IOptions<DemoDataOptions> options, IOptions<AccountOptions> accountOptions, IPasswordHasher<UserAccount> hasher, TimeProvider time, ILogger<DemoAccountsSeed> logger)
    : IStoreSeed
{
    public async Task SeedAsync(StoreSeedContext store, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        foreach (var (email, firstName, lastName, language) in DemoDataOptions.Users)
        {
            var created = await AccountStore.CreateAsync(
                store.Tables.GetTableClient(StorageNames.AccountsTable),
                store.Tables.GetTableClient(StorageNames.PasswordExpiryTable),
                new NewAccount(email, firstName, lastName, language, options.Value.Password!, TermsSeed.History[^1].Version),
                hasher,
                accountOptions.Value,
                time.GetUtcNow(),
                cancellationToken);
            if (created is not null)
            {
                DemoLog.UserCreated(logger, created.Id);
            }
        }
    }
}
