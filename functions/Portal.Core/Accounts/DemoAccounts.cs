using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Storage;
using Portal.Core.Terms;

namespace Portal.Core.Accounts;

/// <summary>Demo sign-ins for a local portal (./dev up). Development only: start-up fails if it is switched on anywhere else.</summary>
public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    public bool Enabled { get; set; }

    /// <summary>The demo users' password, made per machine by ./dev up and kept in an ignored file.</summary>
    public string? Password { get; set; }

    public static IReadOnlyList<(string Email, string FirstName, string LastName, string Language)> Users { get; } =
    [
        ("janis.berzins@demo.radioatlaujas.lv", "Jānis", "Bērziņš", "lv"),
        ("anna.kalnina@demo.radioatlaujas.lv", "Anna", "Kalniņa", "en"),
    ];
}

internal sealed class DemoDataOptionsValidation(IHostEnvironment environment) : IValidateOptions<DemoDataOptions>
{
    public ValidateOptionsResult Validate(string? name, DemoDataOptions options) =>
        !options.Enabled ? ValidateOptionsResult.Success
        : !environment.IsDevelopment() ? ValidateOptionsResult.Fail($"DemoData:Enabled is on in the {environment.EnvironmentName} environment; demo sign-ins exist only in Development.")
        : string.IsNullOrWhiteSpace(options.Password) ? ValidateOptionsResult.Fail("Missing setting: DemoData:Password (./dev up makes one).")
        : ValidateOptionsResult.Success;
}

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
                AccountsLog.DemoUserCreated(logger, created.Id);
            }
        }
    }
}
