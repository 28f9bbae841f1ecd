using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Health;

public static class HealthServices
{
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddSingleton<HealthProbe>();
        return services;
    }
}
