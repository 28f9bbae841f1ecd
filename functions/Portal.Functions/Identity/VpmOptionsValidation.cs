using Microsoft.Extensions.Hosting;
using Portal.Core.Identity.Vpm;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Identity;

/// <summary>The dev host's Latvija.lv stand-in signs answers with a key it makes itself: start-up refuses it in any environment but Development.</summary>
internal sealed class VpmOptionsValidation(IHostEnvironment environment) : DevelopmentOnly<VpmOptions>(environment)
{
    protected override string? Refusal(VpmOptions options, string environmentName) => options.DevelopmentStandIn
        ? $"Vpm:DevelopmentStandIn is set in the {environmentName} environment; the Latvija.lv stand-in is accepted only in Development."
        : null;
}
