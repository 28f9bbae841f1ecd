using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Clients;
using Portal.Core.Storage;
using Portal.Core.Terms;

namespace Portal.Demo;

/// <summary>Creates the demo users when the store has none of them; an existing one is left as it is.</summary>
internal sealed class DemoAccountsSeed(IOptions<DemoDataOptions> options, SeededAccounts accounts, PersonalCodeHmac personalCodes, ILogger<DemoAccountsSeed> logger) : IStoreSeed
{
    public async Task SeedAsync(StoreSeedContext store, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        foreach (var (email, firstName, lastName, language) in DemoDataOptions.Users)
        {
            var code = DemoDataOptions.PersonalCodeOf(email);
            var created = await accounts.CreateAsync(
                store,
                new NewAccount(email, firstName, lastName, language, options.Value.Password!, TermsCatalog.ShippedVersion) { PersonalCodeHmac = code is null ? null : personalCodes.Of(code) },
                cancellationToken);
            if (created is not null)
            {
                DemoLog.UserCreated(logger, created.Id);
            }
        }

        // No password: she signs in with Latvija.lv only, by the code she had then.
        var (eidEmail, eidFirst, eidLast, eidLanguage) = DemoDataOptions.EidUser;
        var eid = await accounts.CreateAsync(
            store,
            new NewAccount(eidEmail, eidFirst, eidLast, eidLanguage, Password: "", TermsCatalog.ShippedVersion)
            {
                PersonalCodeHmac = personalCodes.Of(Vpm.VpmTestPeople.OlderCodePrevious),
                PersonalCodeVerifiedBy = Core.Identity.ExternalProviders.Vpm,
            },
            cancellationToken);
        if (eid is not null)
        {
            DemoLog.UserCreated(logger, eid.Id);
        }
    }
}
