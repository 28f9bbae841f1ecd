using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Portal.InfraTests;

/// <summary>
/// Every setting the code needs in Azure is set: the Function App's settings as the compiled template
/// writes them - each expression given the kind of value Azure would put there, Key Vault references
/// resolved - pass every start-up check of the Function App in Production.
/// </summary>
public sealed partial class DeployedSettingsTests
{
    [Fact]
    public async Task TheTemplatesSettings_PassEveryStartUpCheck_InProduction()
    {
        var template = await Template.CompileAsync();
        var arguments = template.AppSettings()
            .Where(setting => setting.Key.Contains("__", StringComparison.Ordinal))
            .Select(setting => $"--{setting.Key.Replace("__", ":", StringComparison.Ordinal)}={ValueOf(setting.Key, setting.Value)}")
            .ToList();

        await using var app = Portal.DevHost.Program.Build(["--environment=Production", .. arguments]);

        app.Services.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public async Task WithoutTheKeyVaultReference_TheKeyIsMissing_AndStartUpSaysSo()
    {
        var template = await Template.CompileAsync();
        var arguments = template.AppSettings()
            .Where(setting => setting.Key.Contains("__", StringComparison.Ordinal) && setting.Key != "Privacy__PersonalCodeKey")
            .Select(setting => $"--{setting.Key.Replace("__", ":", StringComparison.Ordinal)}={ValueOf(setting.Key, setting.Value)}");

        await using var app = Portal.DevHost.Program.Build(["--environment=Production", .. arguments]);

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("Privacy:PersonalCodeKey", error.Message, StringComparison.Ordinal);
    }

    /// <summary>What Azure would give a setting whose value the template writes as <paramref name="expression"/>.</summary>
    private static string ValueOf(string name, string expression)
    {
        if (Literal().Match(expression) is { Success: true } literal)
        {
            return literal.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal);
        }

        // A Key Vault reference resolves to the secret: the key is 48 random bytes, as the hook makes it; VPM's certificate is one.
        if (expression.StartsWith("format('@Microsoft.KeyVault(", StringComparison.Ordinal))
        {
            return name switch
            {
                "Privacy__PersonalCodeKey" => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
                "Vpm__SigningCertificate" => Certificate(),
                _ => "relay-password",
            };
        }

        if (Endpoint().Match(expression) is { Success: true } endpoint)
        {
            return $"https://stportal.{endpoint.Groups[1].Value}.core.windows.net/";
        }

        return expression switch
        {
            "environment().authentication.loginEndpoint" => "https://login.microsoftonline.com/",
            "string(parameters('smtpPort'))" => "587",
            "string(parameters('auditRetentionDays'))" => "3653",
            "parameters('publicBaseUrl')" => "https://afd-portal-prod.z01.azurefd.net/",
            "parameters('smtpHost')" => "smtp.radioatlaujas.lv",
            "parameters('smtpUserName')" => "portal",
            "parameters('mailFromAddress')" => "portals@radioatlaujas.lv",
            "parameters('serviceBusNamespace')" => "sb-portal-prod.servicebus.windows.net",
            "parameters('backOfficeTopic')" => "backoffice-events",
            "parameters('hostStorageAccountName')" => "sthostprod",
            "parameters('vpmStsUrl')" => "https://vpm.example.lv/IVIS.LVP.STS/Default.aspx",
            "parameters('vpmRealm')" => "https://afd-portal-prod.z01.azurefd.net/",
            "parameters('vpmReplyUrl')" => "https://afd-portal-prod.z01.azurefd.net/api/auth/vpm/callback",
            "parameters('identityClientId')" or "parameters('entraTenantId')" or "parameters('portalClientId')"
                or "parameters('backOfficeClientId')" or "parameters('frontDoorId')" => $"{Guid.NewGuid()}",
            _ => throw new InvalidOperationException($"{name}: no value stands for {expression}; add one here."),
        };
    }

    /// <summary>A certificate as VDAA would give VPM's: base64 of its DER, public part only.</summary>
    private static string Certificate()
    {
        using var key = RSA.Create(2048);
        using var certificate = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=VPM", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return Convert.ToBase64String(certificate.RawData);
    }

    [GeneratedRegex(@"^'((?:[^']|'')*)'$")]
    private static partial Regex Literal();

    [GeneratedRegex(@"^reference\(resourceId\('Microsoft\.Storage/storageAccounts', parameters\('storageAccountName'\)\), '[\d-]+'\)\.primaryEndpoints\.(table|blob|queue)$")]
    private static partial Regex Endpoint();
}
