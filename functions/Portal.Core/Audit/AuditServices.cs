using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Audit;

public static class AuditServices
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<AuditVerifier>();
        services.AddSingleton<AuditRetention>();
        return services;
    }
}
