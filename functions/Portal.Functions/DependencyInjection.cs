using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Portal.Core;
using Portal.Functions.Access;
using Portal.Functions.Accounts;
using Portal.Functions.Pipeline;
using Portal.Functions.Staff;

namespace Portal.Functions;

public static class DependencyInjection
{
    /// <summary>Everything the functions need, registered the same way by the Function App and by the dev host.</summary>
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddPortalCore();
        services.AddSingleton<HttpPipeline>();
        services.AddSingleton<Contract.ApiDocuments>();
        services.AddSingleton<TimerPipeline>();
        services.AddSingleton<SessionGate>();
        services.AddSingleton<ClientGate>();
        services.AddSingleton<StaffGate>();
        services.AddSingleton<IAccessGate, AccessGate>();
        services.AddSingleton<MeResponses>();
        services.AddSingleton<Identity.ExternalSessionAnswer>();
        // Staff and script tokens: Microsoft.Identity.Web, from the "AzureAd" section; locally pointed at the development provider.
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddMicrosoftIdentityWebApi(configuration, "AzureAd");
        services.AddOptions<StaffIdentityOptions>().BindConfiguration(StaffIdentityOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StaffIdentityOptions>, StaffIdentityOptionsValidation>();
        services.AddSingleton<IValidateOptions<Portal.Core.Notifications.MailOptions>, MailOptionsValidation>();
        services.AddSingleton<IValidateOptions<Portal.Core.Clients.PrivacyOptions>, Privacy.PrivacyOptionsValidation>();
        services.AddSingleton<IValidateOptions<Portal.Core.Identity.Vpm.VpmOptions>, Identity.VpmOptionsValidation>();
        services.AddSingleton<IValidateOptions<Portal.Core.Payments.BankLink.BankLinkOptions>, Payments.BankLinkOptionsValidation>();
        services.AddSingleton<StaffBearerOptions>();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>>(provider => provider.GetRequiredService<StaffBearerOptions>());
        services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>>(provider => provider.GetRequiredService<StaffBearerOptions>());
        services.AddHttpClient();
        services.AddSingleton<StaffSignIn>();
        services.AddOptions<ForwardingOptions>().BindConfiguration(ForwardingOptions.Section);
        ClientInfo.KeepForwardedForHeader(services);
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options =>
            options.JsonSerializerOptions.TypeInfoResolverChain.Insert(0, PortalJsonContext.Default));
        return services;
    }
}
