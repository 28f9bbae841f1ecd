using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Portal.Functions.Staff;

internal sealed class StaffIdentityOptionsValidation(IHostEnvironment environment) : IValidateOptions<StaffIdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, StaffIdentityOptions options) =>
        options.DevelopmentAuthority is not null && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail($"StaffIdentity:DevelopmentAuthority is set in the {environment.EnvironmentName} environment; the development identity provider is accepted only in Development.")
        : options.ClientSecret is not null && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail($"StaffIdentity:ClientSecret is set in the {environment.EnvironmentName} environment; in Azure the portal redeems codes with its managed identity (StaffIdentity:ManagedIdentityClientId).")
        : ValidateOptionsResult.Success;
}
