using System.ComponentModel.DataAnnotations;
using Portal.Core.Identity.Vpm;
using Portal.Demo.Vpm;

namespace Portal.UnitTests.Identity;

public sealed class VpmOptionsTests : IDisposable
{
    private readonly VpmStandInIssuer _issuer = new();

    public void Dispose() => _issuer.Dispose();

    private VpmOptions Configured() => new()
    {
        StsUrl = "https://vpm.test/IVIS.LVP.STS/Default.aspx",
        Realm = "https://portal.test/",
        ReplyUrl = "https://portal.test/api/auth/vpm/callback",
        SigningCertificate = _issuer.CertificateBase64,
    };

    [Fact]
    public void NoStsUrl_IsNotConfigured_AndNeedsNothingElse()
    {
        var options = new VpmOptions();

        Assert.False(options.Configured);
        Assert.Empty(Validate(options));
        Assert.Equal(("http://www.latvija.lv/sts", TimeSpan.FromMinutes(2)), (options.Issuer, options.ClockSkew));
    }

    [Fact]
    public void Configured_WithEverything_IsValid()
    {
        Assert.True(Configured().Configured);
        Assert.Empty(Validate(Configured()));
    }

    [Fact]
    public void Certificate_AsPem_IsReadToo()
    {
        var options = Configured();
        options.SigningCertificate = _issuer.Certificate.ExportCertificatePem();

        Assert.Empty(Validate(options));
        Assert.Equal(_issuer.Certificate.Thumbprint, options.PinnedCertificate()!.Thumbprint);
    }

    [Theory]
    [InlineData(nameof(VpmOptions.Realm), null, "Vpm:Realm")]
    [InlineData(nameof(VpmOptions.ReplyUrl), "/api/auth/vpm/callback", "Vpm:ReplyUrl")]
    [InlineData(nameof(VpmOptions.ReplyUrl), "http://portal.test/api/auth/vpm/callback", "Vpm:ReplyUrl")]
    [InlineData(nameof(VpmOptions.StsUrl), "http://vpm.test/sts", "Vpm:StsUrl")]
    [InlineData(nameof(VpmOptions.SigningCertificate), null, "Vpm:SigningCertificate")]
    [InlineData(nameof(VpmOptions.SigningCertificate), "bm90IGEgY2VydGlmaWNhdGU=", "Vpm:SigningCertificate")]
    [InlineData(nameof(VpmOptions.SigningCertificate), "@Microsoft.KeyVault(VaultName=kv;SecretName=vpm-signing-certificate)", "Vpm:SigningCertificate")]
    [InlineData(nameof(VpmOptions.Issuer), "", "Vpm:Issuer")]
    public void Configured_WithASettingWrong_FailsNamingIt(string property, string? value, string setting)
    {
        var options = Configured();
        typeof(VpmOptions).GetProperty(property)!.SetValue(options, value);

        Assert.Contains(Validate(options), message => message.Contains(setting, StringComparison.Ordinal));
    }

    [Fact]
    public void ClockSkew_OverTenMinutes_Fails()
    {
        var options = Configured();
        options.ClockSkew = TimeSpan.FromMinutes(11);

        Assert.Contains(Validate(options), message => message.Contains(nameof(VpmOptions.ClockSkew), StringComparison.Ordinal));
    }

    [Fact]
    public void StandIn_WithoutStsUrl_Fails()
    {
        Assert.Contains(Validate(new VpmOptions { DevelopmentStandIn = true }), message => message.Contains("Vpm:StsUrl", StringComparison.Ordinal));
    }

    [Fact]
    public void StandIn_MayUseHttp_OnALocalPortal()
    {
        var options = Configured();
        (options.DevelopmentStandIn, options.StsUrl, options.ReplyUrl) = (true, "http://localhost:7071/dev-vpm/sign-in", "http://127.0.0.1:7071/api/auth/vpm/callback");

        Assert.Empty(Validate(options));
    }

    private static List<string> Validate(VpmOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }
}
