using Microsoft.Extensions.Options;
using Portal.Core.Identity;
using Portal.Core.Notifications;

namespace Portal.Core.Payments.BankLink;

/// <summary>
/// The configured banks, each read once at first use: a payment provider per bank, and a sign-in per bank that offers entry
/// (<see cref="BankLinkBankOptions.SignIn"/>), whose answer comes back to <c>…/api/auth/bank/{bank}/return</c>.
/// </summary>
public sealed class BankLinkBanks : IPaymentProviderGroup, IExternalSignInProtocolGroup, IDisposable
{
    private readonly List<BankLinkBank> _banks;

    public BankLinkBanks(IOptions<BankLinkOptions> options, IOptions<PortalOptions> portal, IUsedAssertions usedAssertions, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(portal);
        _banks = [.. options.Value.Configured.Select(bank => new BankLinkBank(bank.Key, bank.Value))];
        Providers = [.. _banks.Select(bank => new BankLinkProvider(bank))];
        SignIns = [.. _banks.Where(bank => bank.Settings.SignIn)
            .Select(bank => new BankLinkSignIn(bank, new Uri(portal.Value.PublicBaseUrl!, ReturnPath(bank.Id)), usedAssertions, time))];
    }

    /// <summary>One provider per configured bank, by id.</summary>
    public IReadOnlyList<BankLinkProvider> Providers { get; }

    /// <summary>One sign-in per configured bank that offers entry, by id.</summary>
    public IReadOnlyList<BankLinkSignIn> SignIns { get; }

    IReadOnlyList<IExternalSignInProtocol> IExternalSignInProtocolGroup.Protocols => SignIns;

    IReadOnlyList<IPaymentProvider> IPaymentProviderGroup.Providers => Providers;

    /// <summary>The path, under the public address, the bank posts its sign-in answer to.</summary>
    public static string ReturnPath(string bank) => $"api/auth/bank/{bank}/return";

    public void Dispose()
    {
        foreach (var bank in _banks)
        {
            bank.Dispose();
        }
    }
}
