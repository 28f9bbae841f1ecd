using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography.X509Certificates;

namespace Portal.Core.Identity.Vpm;

/// <summary>
/// Latvija.lv's unified login (VPM) as the portal is registered with it at VDAA (README, "Signing in with Latvija.lv"). With
/// <see cref="StsUrl"/> empty the provider is not configured: nothing else is required and the portal does not offer it.
/// </summary>
public sealed class VpmOptions : IValidatableObject
{
    public const string Section = "Vpm";

    /// <summary>The issuer VPM's assertions name.</summary>
    public const string DefaultIssuer = "http://www.latvija.lv/sts";

    /// <summary>VPM's passive WS-Federation endpoint (the browser is sent there with <c>wa=wsignin1.0</c>). Empty: not configured.</summary>
    public string? StsUrl { get; set; }

    /// <summary>Our realm (<c>wtrealm</c>) as registered at VDAA, and the audience every assertion must name.</summary>
    public string? Realm { get; set; }

    /// <summary>Our reply address (<c>wreply</c>): the callback <c>…/api/auth/vpm/callback</c>, as registered at VDAA.</summary>
    public string? ReplyUrl { get; set; }

    /// <summary>
    /// VPM's signing certificate, base64 of its DER (PEM is read too), public part only: the one key an assertion's signature is
    /// checked against, whatever certificate the document itself carries. In Azure a Key Vault reference. The development
    /// stand-in sets it to its own certificate.
    /// </summary>
    public string? SigningCertificate { get; set; }

    /// <summary>The <c>Issuer</c> every assertion must carry.</summary>
    public string Issuer { get; set; } = DefaultIssuer;

    /// <summary>How far the clocks of VPM and the portal may disagree, on both ends of an assertion's validity.</summary>
    [TimeSpanRange("00:00:00", "00:10:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Development only (start-up fails elsewhere): the dev host answers <see cref="StsUrl"/> itself with test people.</summary>
    public bool DevelopmentStandIn { get; set; }

    /// <summary>Whether the provider is configured at all (<see cref="StsUrl"/> set); when not, it is not offered.</summary>
    public bool Configured => !string.IsNullOrWhiteSpace(StsUrl);

    /// <summary>The pinned certificate, read from <see cref="SigningCertificate"/>; null when it is missing or not a certificate with an RSA key.</summary>
    public X509Certificate2? PinnedCertificate() => Portal.Core.PinnedCertificate.Read(SigningCertificate);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Configured)
        {
            if (DevelopmentStandIn)
            {
                yield return new ValidationResult("Setting Vpm:DevelopmentStandIn needs Vpm:StsUrl: the stand-in's sign-in page (…/dev-vpm/sign-in).", [nameof(StsUrl)]);
            }

            yield break;
        }

        if (!Uri.TryCreate(StsUrl, UriKind.Absolute, out var sts) || !(sts.Scheme == Uri.UriSchemeHttps || (DevelopmentStandIn && sts.Scheme == Uri.UriSchemeHttp)))
        {
            yield return new ValidationResult("Setting Vpm:StsUrl must be an absolute https address (VPM's WS-Federation endpoint).", [nameof(StsUrl)]);
        }

        if (string.IsNullOrWhiteSpace(Realm))
        {
            yield return new ValidationResult("Missing setting: Vpm:Realm (our realm as registered at VDAA).", [nameof(Realm)]);
        }

        if (!Uri.TryCreate(ReplyUrl, UriKind.Absolute, out var reply) || !(reply.Scheme == Uri.UriSchemeHttps || (DevelopmentStandIn && reply.Scheme == Uri.UriSchemeHttp)))
        {
            yield return new ValidationResult("Setting Vpm:ReplyUrl must be an absolute https address (our …/api/auth/vpm/callback as registered at VDAA).", [nameof(ReplyUrl)]);
        }

        if (string.IsNullOrWhiteSpace(SigningCertificate))
        {
            yield return new ValidationResult("Missing setting: Vpm:SigningCertificate (VPM's signing certificate, base64 DER; in Azure a Key Vault reference).", [nameof(SigningCertificate)]);
        }
        else
        {
            using var certificate = PinnedCertificate();
            if (certificate is null)
            {
                yield return new ValidationResult("Setting Vpm:SigningCertificate must be a certificate with an RSA key, base64 of its DER (or PEM).", [nameof(SigningCertificate)]);
            }
        }

        if (string.IsNullOrWhiteSpace(Issuer))
        {
            yield return new ValidationResult("Missing setting: Vpm:Issuer.", [nameof(Issuer)]);
        }
    }
}
