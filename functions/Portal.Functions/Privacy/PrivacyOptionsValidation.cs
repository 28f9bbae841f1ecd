using Microsoft.Extensions.Hosting;
using Portal.Core.Clients;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Privacy;

/// <summary>The sample key of local.settings.json.example is public: start-up refuses it in any environment but Development.</summary>
internal sealed class PrivacyOptionsValidation(IHostEnvironment environment) : DevelopmentOnly<PrivacyOptions>(environment)
{
    protected override string? Refusal(PrivacyOptions options, string environmentName) => options.PersonalCodeKey == PrivacyOptions.SampleKey
        ? $"Privacy:PersonalCodeKey is the published sample key in the {environmentName} environment; make a key of your own (32 random bytes, base64) and keep it in Key Vault."
        : null;
}
