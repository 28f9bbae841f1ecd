using System.Diagnostics;

namespace Portal.InfraTests;

/// <summary>The azd hooks, run with a stand-in for the Azure CLI that answers as Key Vault and Azure would.</summary>
public sealed class HookTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portal-hooks-").FullName;

    private string Log => Path.Combine(_directory, "az.log");

    private string Written => Path.Combine(_directory, "written-secret");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task PostProvision_KeepsAKeyTheVaultHas()
    {
        var (exitCode, output, _) = await RunAsync("postprovision.sh", secret: "present");

        Assert.Equal(0, exitCode);
        Assert.Contains("kept", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Calls(), call => call.StartsWith("keyvault secret set", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostProvision_MakesTheKeyOnce_WhenTheVaultHasNone_WithoutShowingIt()
    {
        var (exitCode, output, errors) = await RunAsync("postprovision.sh", secret: "absent");

        Assert.Equal(0, exitCode);
        var set = Assert.Single(Calls(), call => call.StartsWith("keyvault secret set", StringComparison.Ordinal));
        Assert.Contains("--name personal-code-key", set, StringComparison.Ordinal);
        var key = await File.ReadAllTextAsync(Written);
        Assert.Equal(48, Convert.FromBase64String(key).Length);
        // The key goes to the vault through a file: never on a command line, never to the output.
        Assert.DoesNotContain(key, set, StringComparison.Ordinal);
        Assert.DoesNotContain(key, output + errors, StringComparison.Ordinal);
        Assert.Contains("api/staff/auth/callback", output, StringComparison.Ordinal);
        // The app reads Key Vault again now, not within a day: its settings change.
        Assert.Contains(Calls(), call => call.StartsWith("functionapp config appsettings set --name func-portal-test", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostProvision_RecoversADeletedKey_InsteadOfMakingANewOne()
    {
        var (exitCode, _, _) = await RunAsync("postprovision.sh", secret: "deleted");

        Assert.Equal(0, exitCode);
        Assert.Contains(Calls(), call => call.StartsWith("keyvault secret recover", StringComparison.Ordinal));
        Assert.DoesNotContain(Calls(), call => call.StartsWith("keyvault secret set", StringComparison.Ordinal));
        Assert.Contains(Calls(), call => call.StartsWith("functionapp config appsettings set", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostProvision_ThatCannotLook_ChangesNothing_AndFails()
    {
        var (exitCode, _, errors) = await RunAsync("postprovision.sh", secret: "forbidden");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("nothing was changed", errors, StringComparison.Ordinal);
        Assert.DoesNotContain(Calls(), call => call.StartsWith("keyvault secret set", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("swedencentral", 0)]
    [InlineData("westeurope", 1)]
    public async Task PreProvision_AcceptsOnlyARegionThatOffersFlexConsumption(string region, int expected)
    {
        var (exitCode, _, errors) = await RunAsync("preprovision.sh", secret: "present", region);

        Assert.Equal(expected, exitCode);
        if (expected != 0)
        {
            Assert.Contains($"region '{region}' does not offer the Flex Consumption plan", errors, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Registered", 0)]
    [InlineData("NotRegistered", 1)]
    public async Task PreProvision_WithThePrivateNetwork_NeedsMicrosoftAppRegistered(string state, int expected)
    {
        var (exitCode, _, errors) = await RunAsync("preprovision.sh", secret: "present", privateNetwork: true, provider: state);

        Assert.Equal(expected, exitCode);
        Assert.Equal(expected == 0, !errors.Contains("Microsoft.App", StringComparison.Ordinal));
    }

    private string[] Calls() => File.Exists(Log) ? File.ReadAllLines(Log) : [];

    private async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        string hook, string secret, string region = "northeurope", bool privateNetwork = false, string provider = "Registered")
    {
        var az = Path.Combine(_directory, "az");
        await File.WriteAllTextAsync(az, FakeAzureCli);
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The hooks are POSIX shell scripts.");
        }

        File.SetUnixFileMode(az, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _directory };
        start.ArgumentList.Add(Path.Combine(Hooks.Directory, hook));
        start.Environment["PATH"] = $"{_directory}:{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment["FAKE_AZ_LOG"] = Log;
        start.Environment["FAKE_AZ_SECRET"] = secret;
        start.Environment["FAKE_AZ_WRITTEN"] = Written;
        start.Environment["PORTAL_HOOK_TRIES"] = "2";
        start.Environment["PORTAL_HOOK_WAIT_SECONDS"] = "0";
        start.Environment["AZURE_LOCATION"] = region;
        start.Environment["PORTAL_PRIVATE_NETWORK"] = privateNetwork ? "true" : "false";
        start.Environment["FAKE_AZ_PROVIDER"] = provider;
        start.Environment["AZURE_FUNCTION_APP_NAME"] = "func-portal-test";
        start.Environment["AZURE_RESOURCE_GROUP"] = "rg-portal-test";
        start.Environment["AZURE_KEY_VAULT_NAME"] = "kv-portal-test";
        start.Environment["PORTAL_URL"] = "https://portal-test.azurefd.net/";
        start.Environment["PORTAL_STAFF_REDIRECT_URI"] = "https://portal-test.azurefd.net/api/staff/auth/callback";
        return await Bicep.CompleteAsync(start);
    }

    // Answers as the Azure CLI does: Key Vault's SecretNotFound for a missing secret, Forbidden without the role.
    private const string FakeAzureCli = """
        #!/bin/sh
        printf '%s\n' "$*" >> "$FAKE_AZ_LOG"
        case "$*" in
          "account "*) exit 0 ;;
          "provider show"*) echo "$FAKE_AZ_PROVIDER" ; exit 0 ;;
          "functionapp config appsettings set"*) exit 0 ;;
          "functionapp list-flexconsumption-locations"*) printf 'northeurope\nswedencentral\n' ; exit 0 ;;
          "keyvault secret show"*)
            case "$FAKE_AZ_SECRET" in
              present) exit 0 ;;
              absent|deleted) echo "ERROR: (SecretNotFound) A secret with (name/id) personal-code-key was not found in this key vault." >&2 ; exit 3 ;;
              *) echo "ERROR: (Forbidden) Caller is not authorized to perform action on resource." >&2 ; exit 1 ;;
            esac ;;
          "keyvault secret list-deleted"*) [ "$FAKE_AZ_SECRET" = deleted ] && echo personal-code-key ; exit 0 ;;
          "keyvault secret recover"*) exit 0 ;;
          "keyvault secret set"*)
            while [ $# -gt 0 ]; do [ "$1" = --file ] && cp "$2" "$FAKE_AZ_WRITTEN" ; shift ; done
            exit 0 ;;
        esac
        echo "unexpected: az $*" >&2
        exit 9
        """;
}

internal static class Hooks
{
    public static string Directory { get; } = Path.Combine(Portal.Testing.RepoPaths.Root, "infra", "hooks");
}
