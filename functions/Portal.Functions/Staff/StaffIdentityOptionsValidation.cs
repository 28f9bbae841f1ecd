using Microsoft.Extensions.Hosting;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Staff;

/// <summary>The development identity provider and its per-run secret: start-up refuses them in any environment but Development.</summary>
internal sealed class StaffIdentityOptionsValidation(IHostEnvironment environment) : DevelopmentOnly<StaffIdentityOptions>(environment)
{
    protected override string? Refusal(StaffIdentityOptions options, string environmentName) =>
        options.DevelopmentAuthority is not null
            ? $"StaffIdentity:DevelopmentAuthority is set in the {environmentName} environment; the development identity provider is accepted only in Development."
        : options.ClientSecret is not null
            ? $"StaffIdentity:ClientSecret is set in the {environmentName} environment; in Azure the portal redeems codes with its managed identity (StaffIdentity:ManagedIdentityClientId)."
        : null;
}
