using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Registrations;

public static class RegistrationsServices
{
    public static IServiceCollection AddRegistrations(this IServiceCollection services)
    {
        services.AddSingleton<SubmitRegistrationCommand>();
        services.AddSingleton<RegistrationReview>();
        return services;
    }
}
