using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Core.Identity;

namespace Portal.Core.Payments.BankLink;

public static class BankLinkServices
{
    /// <summary>
    /// The bank links: their options (every configured bank checked at start-up), the banks read from them, and each bank as one of
    /// the <see cref="IPaymentProvider"/>s. How many banks there are is configuration, which a registration cannot see, so the list
    /// is registered as a whole: resolve <c>IEnumerable&lt;IPaymentProvider&gt;</c> and pick by <see cref="IPaymentProvider.Id"/>;
    /// another kind of provider joins this list here. The banks' sign-ins (<see cref="BankLinkBanks.SignIns"/>) join the external sign-ins as
    /// one <see cref="IExternalSignInProtocolGroup"/>.
    /// </summary>
    public static IServiceCollection AddBankLink(this IServiceCollection services)
    {
        services.AddValidatedOptions<BankLinkOptions>(BankLinkOptions.Section);
        services.TryAddSingleton<IUsedAssertions, UsedAssertions>();
        services.AddSingleton<BankLinkBanks>();
        services.AddSingleton<IEnumerable<IPaymentProvider>>(provider => provider.GetRequiredService<BankLinkBanks>().Providers);
        services.AddSingleton<IExternalSignInProtocolGroup>(provider => provider.GetRequiredService<BankLinkBanks>());
        return services;
    }
}
