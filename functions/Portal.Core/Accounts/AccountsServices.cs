using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Identity;

namespace Portal.Core.Accounts;

public static class AccountsServices
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddValidatedOptions<AccountOptions>(AccountOptions.Section);
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddSingleton<DummyPasswordHash>();
        services.AddSingleton<CommonPasswords>();
        services.AddSingleton<PasswordPolicy>();
        services.AddSingleton<AccountStore>();
        services.AddSingleton<TermsAcceptances>();
        services.AddSingleton<SeededAccounts>();
        services.AddSingleton<LockoutStore>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<PasswordAttempts>();
        services.AddSingleton<SignInCommand>();
        services.AddSingleton<PasswordResets>();
        services.AddSingleton<PasswordResetRequests>();
        services.AddSingleton<Notifications.IDeferredWork>(provider => provider.GetRequiredService<PasswordResetRequests>());
        services.AddSingleton<PasswordChanges>();
        services.AddSingleton<ProfileChanges>();
        services.AddSingleton<PasswordExpiryReminders>();
        services.AddSingleton<ActivationLinks>();
        services.AddSingleton<AccountActivation>();
        return services;
    }
}
