using System.Globalization;
using Microsoft.Extensions.Options;
using Portal.Core.Outcomes;

namespace Portal.Core.Identity.Vpm;

/// <summary>
/// Latvija.lv's unified login (VPM) over passive WS-Federation: the redirect with <c>wa=wsignin1.0</c>, and the answer VPM's page
/// posts back (<c>wa</c>, <c>wresult</c>, <c>wctx</c>) read and validated by <see cref="VpmAnswerReader"/>, its assertion id used once.
/// </summary>
public sealed class VpmProtocol(IOptions<VpmOptions> options, IUsedAssertions usedAssertions, TimeProvider time) : IExternalSignInProtocol
{
    public const string ProviderName = "vpm";

    public string Provider => ProviderName;

    public string DisplayName => "Latvija.lv";

    /// <summary>Whether the portal is registered with VPM here (<see cref="VpmOptions.StsUrl"/> set); when not, it is not offered.</summary>
    public bool Configured => options.Value.Configured;

    /// <summary>
    /// <c>{StsUrl}?wa=wsignin1.0&amp;wtrealm=…&amp;wreply=…&amp;wctx=…&amp;wct=…</c>, every value escaped; <c>wct</c> is the
    /// current UTC time: a GET. Only for a configured provider.
    /// </summary>
    public ExternalRedirect SignInRedirect(string context)
    {
        ArgumentException.ThrowIfNullOrEmpty(context);
        var settings = options.Value;
        if (!settings.Configured)
        {
            throw new InvalidOperationException("Latvija.lv (Vpm:StsUrl) is not configured: the sign-in is not offered.");
        }

        var now = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var sts = settings.StsUrl!;
        var query = string.Join('&',
            $"wa={VpmXml.WsSignIn}",
            $"wtrealm={Uri.EscapeDataString(settings.Realm!)}",
            $"wreply={Uri.EscapeDataString(settings.ReplyUrl!)}",
            $"wctx={Uri.EscapeDataString(context)}",
            $"wct={Uri.EscapeDataString(now)}");
        return new ExternalRedirect(new Uri($"{sts}{(sts.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{query}"));
    }

    public async Task<Outcome<ExternalAnswer>> ReadAnswerAsync(IReadOnlyDictionary<string, string> form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var settings = options.Value;
        if (!settings.Configured || settings.PinnedCertificate() is not { } pinned)
        {
            return VpmAnswerReader.Refused("Latvija.lv is not configured here (Vpm:StsUrl)");
        }

        using (pinned)
        {
            if (Field(form, "error") is { } error)
            {
                return VpmAnswerReader.Refused($"VPM reported an error: {error}{(Field(form, "error_description") is { } description ? $" ({description})" : "")}");
            }

            if (Field(form, "wa") != VpmXml.WsSignIn)
            {
                return VpmAnswerReader.Refused($"the answer's wa is \"{Field(form, "wa")}\", not {VpmXml.WsSignIn}");
            }

            if (Field(form, "wresult") is not { } wresult)
            {
                return VpmAnswerReader.Refused("the answer has no wresult");
            }

            // The context binds the answer to the browser that began the sign-in; an answer without it cannot be bound.
            if (Field(form, "wctx") is not { } context)
            {
                return VpmAnswerReader.Refused("the answer has no wctx");
            }

            var read = VpmAnswerReader.Read(wresult, settings, pinned, time.GetUtcNow());
            if (read.Failure is { } failure)
            {
                return failure;
            }

            var assertion = read.Value;
            if (!await usedAssertions.TryUseAsync(ProviderName, assertion.AssertionId, assertion.NotOnOrAfter + settings.ClockSkew, cancellationToken))
            {
                return VpmAnswerReader.Refused($"the assertion {assertion.AssertionId} has been used already (a replayed answer)");
            }

            return new ExternalAnswer(assertion.Identity, context);
        }
    }

    private static string? Field(IReadOnlyDictionary<string, string> form, string name) =>
        form.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
