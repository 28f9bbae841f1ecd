using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Functions.Pipeline;
using Portal.Testing;

namespace Portal.UnitTests.Pipeline;

/// <summary>Data travels over TLS only (§35): browsers are told to use nothing else, and the Azure resources refuse plain HTTP and TLS below 1.2.</summary>
public sealed partial class TransportSecurityTests
{
    private const long OneYear = 365 * 24 * 60 * 60;

    [Fact]
    [Trait("Clause", "35")]
    public void ApiAndPages_TellBrowsersToUseHttpsOnly_ForAtLeastAYear()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "static-web", "public", "staticwebapp.config.json")));
        var pages = config.RootElement.GetProperty("globalHeaders").GetProperty("Strict-Transport-Security").GetString()!;

        foreach (var hsts in new[] { SecurityHeaders.Api["Strict-Transport-Security"], pages })
        {
            var maxAge = MaxAge().Match(hsts);
            Assert.True(maxAge.Success, hsts);
            Assert.True(long.Parse(maxAge.Groups[1].Value, CultureInfo.InvariantCulture) >= OneYear, hsts);
            Assert.Contains("includeSubDomains", hsts, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Trait("Clause", "35")]
    public void AzureResources_RefusePlainHttpAndTlsBelow12()
    {
        var functionApp = Module("functionapp");
        var storage = Module("storage");
        var serviceBus = Module("servicebus");

        Assert.Matches(@"(?m)^\s*httpsOnly: true\s*$", functionApp);
        Assert.Matches(@"(?m)^\s*minTlsVersion: '1\.2'\s*$", functionApp);
        Assert.Matches(@"(?m)^\s*supportsHttpsTrafficOnly: true\s*$", storage);
        Assert.Matches(@"(?m)^\s*minimumTlsVersion: 'TLS1_2'\s*$", storage);
        Assert.Matches(@"(?m)^\s*minimumTlsVersion: '1\.2'\s*$", serviceBus);
    }

    private static string Module(string name) => File.ReadAllText(Path.Combine(RepoPaths.Root, "infra", "bicep", "modules", name + ".bicep"));

    [GeneratedRegex(@"(?:^|;)\s*max-age=(\d+)\s*(?:;|$)")]
    private static partial Regex MaxAge();
}
