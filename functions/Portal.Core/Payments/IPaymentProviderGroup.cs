namespace Portal.Core.Payments;

/// <summary>Payment providers whose number follows configuration (a bank link per configured bank), registered as one group.</summary>
public interface IPaymentProviderGroup
{
    IReadOnlyList<IPaymentProvider> Providers { get; }
}
