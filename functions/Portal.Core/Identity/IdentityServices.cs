using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Identity;

public static class IdentityServices
{
    public static IServiceCollection AddExternalIdentity(this IServiceCollection services)
    {
        services.AddSingleton<ExternalSignIns>();
        services.AddSingleton<ExternalProtocols>();
        return services;
    }
}
