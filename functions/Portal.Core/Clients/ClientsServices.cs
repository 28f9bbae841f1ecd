using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Clients;

public static class ClientsServices
{
    public static IServiceCollection AddClients(this IServiceCollection services)
    {
        services.AddValidatedOptions<PrivacyOptions>(PrivacyOptions.Section);
        services.AddSingleton<PersonalCodeHmac>();
        services.AddSingleton<ClientStore>();
        services.AddSingleton<Representatives>();
        services.AddSingleton<ClientFeed>();
        return services;
    }
}
