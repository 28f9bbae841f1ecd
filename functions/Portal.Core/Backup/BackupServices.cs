using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Backup;

public static class BackupServices
{
    public static IServiceCollection AddBackup(this IServiceCollection services)
    {
        services.AddSingleton<TableExport>();
        return services;
    }
}
