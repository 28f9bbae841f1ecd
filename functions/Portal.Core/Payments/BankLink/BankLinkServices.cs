using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Core.Identity;

namespace Portal.Core.Payments.BankLink;

public static class BankLinkServices
{
    /// <summary>
    /// The bank links: their options (every configured bank checked at start-up) and the banks read from them, one
    /// <see cref="IPaymentProviderGroup"/> of payment providers (a bank each) and one <see cref="IExternalSignInProtocolGroup"/> of
    /// sign-ins (a bank each that offers entry). How many banks there are is configuration, which a registration cannot see.
    /// </summary>
    public static IServiceCollection AddBankLink(this IServiceCollection services)
    {
        services.AddValidatedOptions<BankLinkOptions>(BankLinkOptions.Section);
        services.TryAddSingleton<IUsedAssertions, UsedAssertions>();
        services.AddSingleton<BankLinkBanks>();
        services.AddSingleton<IPaymentProviderGroup>(provider => provider.GetRequiredService<BankLinkBanks>());
        services.AddSingleton<IExternalSignInProtocolGroup>(provider => provider.GetRequiredService<BankLinkBanks>());
        return services;
    }
}
