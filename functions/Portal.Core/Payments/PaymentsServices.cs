using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Payments;

public static class PaymentsServices
{
    /// <summary>
    /// Payment orders and their settlement, whatever the provider. Providers register themselves as <see cref="IPaymentProvider"/>s, or
    /// as an <see cref="IPaymentProviderGroup"/> when their number follows configuration (the bank links: <c>AddBankLink</c>); with none,
    /// orders are refused with "payments are not offered here".
    /// </summary>
    public static IServiceCollection AddPayments(this IServiceCollection services)
    {
        services.AddValidatedOptions<PaymentOptions>(PaymentOptions.Section);
        services.AddSingleton<PaymentProviders>();
        services.AddSingleton<PaymentOrders>();
        services.AddSingleton<PaymentSettlement>();
        services.AddSingleton<PaymentOrderChecks>();
        services.AddSingleton<FlaggedPaymentOrders>();
        return services;
    }
}
