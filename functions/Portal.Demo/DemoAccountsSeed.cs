using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Storage;
using Portal.Core.Terms;

namespace Portal.Demo;

/// <summary>Creates the demo users when the store has none of them; an existing one is left as it is.</summary>
internal sealed class DemoAccountsSeed(IOptions<DemoDataOptions> options, SeededAccounts accounts, ILogger<DemoAccountsSeed> logger) : IStoreSeed
{
    public async Task SeedAsync(StoreSeedContext store, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        foreach (var (email, firstName, lastName, language) in DemoDataOptions.Users)
        {
            var created = await accounts.CreateAsync(
                store, new NewAccount(email, firstName, lastName, language, options.Value.Password!, TermsCatalog.ShippedVersion), cancellationToken);
            if (created is not null)
            {
                DemoLog.UserCreated(logger, created.Id);
            }
        }
    }
}
