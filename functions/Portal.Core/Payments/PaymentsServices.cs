using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Payments;

public static class PaymentsServices
{
    /// <summary>
    /// Payment orders and their settlement, whatever the provider. Providers register themselves as <see cref="IPaymentProvider"/>s
    /// (the bank links: <c>AddBankLink</c>); with none, orders are refused with "payments are not offered here".
    /// </summary>
    public static IServiceCollection AddPayments(this IServiceCollection services)
    {
        services.AddValidatedOptions<PaymentOptions>(PaymentOptions.Section);
        services.AddSingleton<PaymentOrders>();
        services.AddSingleton<PaymentSettlement>();
        services.AddSingleton<PaymentOrderChecks>();
        services.AddSingleton<FlaggedPaymentOrders>();
        return services;
    }
}
