using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Storage;

namespace Portal.Demo;

public static class DependencyInjection
{
    /// <summary>
    /// The demo users (a store seed, after the terms) and the demo clients (fed at start), both off unless
    /// DemoData:Enabled; start-up fails if that is on outside Development. The dev host adds this; the Function App does not.
    /// </summary>
    public static IServiceCollection AddDemoData(this IServiceCollection services)
    {
        services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DemoDataOptions>, DemoDataOptionsValidation>();
        services.AddSingleton<IStoreSeed, DemoAccountsSeed>();
        services.AddSingleton<DemoSubmissions>();
        services.AddHostedService<DemoClients>();
        return services;
    }
}
