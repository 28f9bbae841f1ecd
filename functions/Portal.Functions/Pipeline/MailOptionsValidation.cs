using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Core.Notifications;

namespace Portal.Functions.Pipeline;

/// <summary>Mail in the clear is for the local mail catcher: start-up refuses it in any other environment.</summary>
internal sealed class MailOptionsValidation(IHostEnvironment environment) : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options) =>
        options.AllowUnencrypted && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail($"Mail:AllowUnencrypted is set in the {environment.EnvironmentName} environment; mail leaves the portal only over TLS outside Development.")
            : ValidateOptionsResult.Success;
}
