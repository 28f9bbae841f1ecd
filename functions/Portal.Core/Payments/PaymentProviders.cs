namespace Portal.Core.Payments;

/// <summary>
/// The payment providers the portal offers, by id: those registered one by one as <see cref="IPaymentProvider"/> (an aggregator, say)
/// and those whose number follows configuration (<see cref="IPaymentProviderGroup"/>: the banks). Orders, answers and the UI's CSP
/// read them here, so a provider added either way is offered everywhere alike.
/// </summary>
public sealed class PaymentProviders(IEnumerable<IPaymentProvider> providers, IEnumerable<IPaymentProviderGroup> groups)
{
    private readonly IReadOnlyList<IPaymentProvider> _all =
        [.. providers.Concat(groups.SelectMany(group => group.Providers)).OrderBy(provider => provider.Id, StringComparer.Ordinal)];

    /// <summary>Every provider offered, by id.</summary>
    public IReadOnlyList<IPaymentProvider> All => _all;

    public IPaymentProvider? Find(string id) => _all.FirstOrDefault(provider => provider.Id == id);
}
