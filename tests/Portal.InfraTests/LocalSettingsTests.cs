using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Testing;

namespace Portal.InfraTests;

/// <summary>local.settings.json.example, copied as it is, passes every start-up check of the Function App's settings in Development.</summary>
public sealed class LocalSettingsTests
{
    [Fact]
    public async Task TheExample_PassesStartUpValidation_InDevelopment()
    {
        await using var app = Portal.DevHost.Program.Build(["--environment=Development", .. Arguments()]);

        app.Services.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public async Task ItsSampleKey_IsRefused_OutsideDevelopment()
    {
        await using var app = Portal.DevHost.Program.Build(["--environment=Production", .. Arguments().Where(a => !a.StartsWith("--Mail:AllowUnencrypted", StringComparison.Ordinal))]);

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<Portal.Core.Clients.PrivacyOptions>>().Value);

        Assert.Contains("Privacy:PersonalCodeKey", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The example's values as command-line settings ("Section__Name" is "Section:Name"); the host's own are left out.</summary>
    private static IEnumerable<string> Arguments()
    {
        using var example = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "functions", "Portal.Functions", "local.settings.json.example")));
        return [.. example.RootElement.GetProperty("Values").EnumerateObject()
            .Where(value => value.Name.Contains("__", StringComparison.Ordinal))
            .Select(value => $"--{value.Name.Replace("__", ":", StringComparison.Ordinal)}={value.Value.GetString()}")];
    }
}
