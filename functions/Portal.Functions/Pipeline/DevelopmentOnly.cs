using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Portal.Functions.Pipeline;

/// <summary>Settings meant for a developer's machine (local stand-ins, published samples, the mail catcher): start-up refuses them in any other environment.</summary>
internal abstract class DevelopmentOnly<TOptions>(IHostEnvironment environment) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options) =>
        !environment.IsDevelopment() && Refusal(options, environment.EnvironmentName) is { } refusal ? ValidateOptionsResult.Fail(refusal) : ValidateOptionsResult.Success;

    /// <summary>Why start-up refuses <paramref name="options"/> in <paramref name="environmentName"/>, naming the setting; null when nothing in them is for Development only.</summary>
    protected abstract string? Refusal(TOptions options, string environmentName);
}
