using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Identity.Vpm;

public static class VpmServices
{
    /// <summary>
    /// Latvija.lv's binding: its options (checked at start-up), the protocol as itself and as one of the
    /// <see cref="IExternalSignInProtocol"/>s (resolve <c>IEnumerable&lt;IExternalSignInProtocol&gt;</c> and pick by
    /// <see cref="IExternalSignInProtocol.Provider"/>), and the used-assertion store it claims ids in.
    /// </summary>
    public static IServiceCollection AddVpm(this IServiceCollection services)
    {
        services.AddValidatedOptions<VpmOptions>(VpmOptions.Section);
        services.AddSingleton<IUsedAssertions, UsedAssertions>();
        services.AddSingleton<VpmProtocol>();
        services.AddSingleton<IExternalSignInProtocol>(provider => provider.GetRequiredService<VpmProtocol>());
        return services;
    }
}
