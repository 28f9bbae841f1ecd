using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Portal.Core;

public static class OptionsRegistration
{
    /// <summary>
    /// Options bound from their configuration section, their data annotations checked at start-up: a
    /// missing or wrong setting stops the app with a message naming it.
    /// </summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, string section)
        where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
