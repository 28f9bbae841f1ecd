using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Reports;

public static class ReportsServices
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddSingleton<Reports>();
        services.AddSingleton<ReportBuilder>();
        return services;
    }
}
