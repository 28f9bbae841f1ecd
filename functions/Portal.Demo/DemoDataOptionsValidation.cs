using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Portal.Demo;

/// <summary>Demo data only in Development, and never without its password.</summary>
internal sealed class DemoDataOptionsValidation(IHostEnvironment environment) : IValidateOptions<DemoDataOptions>
{
    public ValidateOptionsResult Validate(string? name, DemoDataOptions options) =>
        !options.Enabled ? ValidateOptionsResult.Success
        : !environment.IsDevelopment() ? ValidateOptionsResult.Fail($"DemoData:Enabled is on in the {environment.EnvironmentName} environment; demo sign-ins exist only in Development.")
        : string.IsNullOrWhiteSpace(options.Password) ? ValidateOptionsResult.Fail("Missing setting: DemoData:Password (./dev up makes one).")
        : ValidateOptionsResult.Success;
}
