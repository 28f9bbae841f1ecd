using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Privacy;

public static class PrivacyServices
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddValidatedOptions<RetentionOptions>(RetentionOptions.Section);
        services.AddSingleton<PersonalDataExport>();
        services.AddSingleton<RetentionIndex>();
        services.AddSingleton<RetentionSweeper>();
        return services;
    }
}
