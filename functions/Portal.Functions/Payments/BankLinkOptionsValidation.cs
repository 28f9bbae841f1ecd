using Microsoft.Extensions.Hosting;
using Portal.Core.Payments.BankLink;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Payments;

/// <summary>The dev host's bank signs answers with a key it makes itself: start-up refuses it in any environment but Development.</summary>
internal sealed class BankLinkOptionsValidation(IHostEnvironment environment) : DevelopmentOnly<BankLinkOptions>(environment)
{
    protected override string? Refusal(BankLinkOptions options, string environmentName) => options.DevelopmentBank
        ? $"BankLink:DevelopmentBank is set in the {environmentName} environment; the development bank is accepted only in Development."
        : null;
}
