using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Permits;

public static class PermitsServices
{
    public static IServiceCollection AddPermits(this IServiceCollection services)
    {
        services.AddSingleton<PermitFeed>();
        services.AddSingleton<PermitViews>();
        services.AddSingleton<PermitDocuments>();
        services.AddSingleton<PermitExport>();
        return services;
    }
}
