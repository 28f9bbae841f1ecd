using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Functions.Accounts;
using Portal.Functions.Pipeline;

namespace Portal.Functions;

public static class DependencyInjection
{
    /// <summary>Everything the functions need, registered the same way by the Function App and by the dev host.</summary>
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddPortalCore();
        services.AddSingleton<HttpPipeline>();
        services.AddSingleton<TimerPipeline>();
        services.AddSingleton<SessionGate>();
        services.AddOptions<ForwardingOptions>().BindConfiguration(ForwardingOptions.Section);
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options =>
            options.JsonSerializerOptions.TypeInfoResolverChain.Insert(0, PortalJsonContext.Default));
        return services;
    }
}
