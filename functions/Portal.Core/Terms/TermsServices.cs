using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Storage;

namespace Portal.Core.Terms;

public static class TermsServices
{
    public static IServiceCollection AddTerms(this IServiceCollection services)
    {
        services.AddSingleton<IStoreSeed, TermsSeed>();
        services.AddSingleton<TermsCatalog>();
        services.AddSingleton<TermsPublisher>();
        return services;
    }
}
