using Microsoft.Extensions.Hosting;
using Portal.Core.Notifications;

namespace Portal.Functions.Pipeline;

/// <summary>Mail in the clear is for the local mail catcher: start-up refuses it in any other environment.</summary>
internal sealed class MailOptionsValidation(IHostEnvironment environment) : DevelopmentOnly<MailOptions>(environment)
{
    protected override string? Refusal(MailOptions options, string environmentName) => options.AllowUnencrypted
        ? $"Mail:AllowUnencrypted is set in the {environmentName} environment; mail leaves the portal only over TLS outside Development."
        : null;
}
