using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Core.Clients;

namespace Portal.Functions.Privacy;

/// <summary>The sample key of local.settings.json.example is public: start-up refuses it in any environment but Development.</summary>
internal sealed class PrivacyOptionsValidation(IHostEnvironment environment) : IValidateOptions<PrivacyOptions>
{
    public ValidateOptionsResult Validate(string? name, PrivacyOptions options) =>
        options.PersonalCodeKey == PrivacyOptions.SampleKey && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail(
                $"Privacy:PersonalCodeKey is the published sample key in the {environment.EnvironmentName} environment; make a key of your own (32 random bytes, base64) and keep it in Key Vault.")
            : ValidateOptionsResult.Success;
}
