using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Billing;

public static class BillingServices
{
    public static IServiceCollection AddBilling(this IServiceCollection services)
    {
        services.AddValidatedOptions<BillingOptions>(BillingOptions.Section);
        services.AddSingleton<BillingFeed>();
        services.AddSingleton<BillingViews>();
        services.AddSingleton<BillingHistory>();
        services.AddSingleton<ReadyReportNotices>();
        services.AddSingleton<InvoiceExport>();
        return services;
    }
}
