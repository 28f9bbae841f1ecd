using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Core.Notifications;
using Portal.Core.Storage;

namespace Portal.InfraTests;

public sealed partial class MainBicepTests
{
    [Fact]
    public async Task Build_MainBicep_CompilesWithoutWarnings()
    {
        var (exitCode, output, errors) = await Bicep.RunAsync("build", "main.bicep", "--stdout");

        Assert.True(exitCode == 0, errors);
        Assert.Equal("", errors.Trim());
        var template = JsonDocument.Parse(output).RootElement;
        var deployments = template.GetProperty("resources").EnumerateArray()
            .Where(r => r.GetProperty("type").GetString() == "Microsoft.Resources/deployments").Select(r => r.GetProperty("name").GetString()).Order();
        Assert.Equal(
            ["alerts", "frontdoor", "frontdoor-routes", "functionapp", "hoststorage", "identity", "keyvault", "monitoring", "network", "privateendpoints", "servicebus", "staticwebapp", "storage"],
            deployments);
    }

    [Fact]
    public async Task Events_TheTopicHasTheBackOfficesSubscription_WithDeadLettering_AndOnlyAReceiverRoleOnIt()
    {
        var template = await Template.CompileAsync();
        var resources = Template.Resources(template.Module("servicebus"));
        var variables = template.Module("servicebus").GetProperty("variables").EnumerateObject().ToDictionary(v => v.Name, v => v.Value.ToString());
        // A role's id as the template names it, with the module's variables put in.
        string RoleOf(JsonElement assignment) => Regex.Replace(
            assignment.GetProperty("properties").GetProperty("roleDefinitionId").GetString()!, @"variables\('(\w+)'\)", m => variables[m.Groups[1].Value]);

        var subscription = Assert.Single(resources, r => r.GetProperty("type").GetString() == "Microsoft.ServiceBus/namespaces/topics/subscriptions");
        var properties = subscription.GetProperty("properties");
        Assert.True(properties.GetProperty("deadLetteringOnMessageExpiration").GetBoolean());
        Assert.InRange(properties.GetProperty("maxDeliveryCount").GetInt32(), 1, 10);

        // The back office may receive (Azure Service Bus Data Receiver) on its subscription, and nothing more.
        var assignments = resources.Where(r => r.GetProperty("type").GetString() == "Microsoft.Authorization/roleAssignments").ToList();
        var receiver = Assert.Single(assignments, r => RoleOf(r).Contains("4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0", StringComparison.Ordinal));
        Assert.Contains("topics/subscriptions", receiver.GetProperty("scope").GetString(), StringComparison.Ordinal);
        // Data Owner (090c5cfd-...) is given to no one.
        Assert.DoesNotContain(assignments, r => RoleOf(r).Contains("090c5cfd-751d-490a-894a-3ce6f1109419", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lint_MainBicep_IsClean()
    {
        var (exitCode, output, errors) = await Bicep.RunAsync("lint", "main.bicep");

        Assert.True(exitCode == 0, output + errors);
        Assert.Equal("", (output + errors).Trim());
    }

    [Fact]
    public void Storage_CreatesExactlyTheTablesAndContainersThePortalUses()
    {
        var storage = File.ReadAllText(Path.Combine(Bicep.InfraDirectory, "modules", "storage.bicep"));

        Assert.Equal(StorageNames.Tables.Order(), ListVariable(storage, "tables").Order());
        Assert.Equal(StorageNames.Containers.Order(), ListVariable(storage, "containers").Order());
    }

    [Fact]
    public void FunctionApp_Settings_PassTheStartUpValidationOfEveryOptionsSection()
    {
        var functionApp = File.ReadAllText(Path.Combine(Bicep.InfraDirectory, "modules", "functionapp.bicep"));
        var settings = AppSetting().Matches(functionApp).Select(m => m.Groups[1].Value).ToHashSet();

        var storage = new StorageOptions
        {
            TableServiceUri = settings.Contains("Storage__TableServiceUri") ? new Uri("https://a.table.core.windows.net") : null,
            BlobServiceUri = settings.Contains("Storage__BlobServiceUri") ? new Uri("https://a.blob.core.windows.net") : null,
            QueueServiceUri = settings.Contains("Storage__QueueServiceUri") ? new Uri("https://a.queue.core.windows.net") : null,
        };
        var mail = new MailOptions
        {
            SmtpHost = settings.Contains("Mail__SmtpHost") ? "smtp.example" : "",
            SmtpPort = settings.Contains("Mail__SmtpPort") ? 587 : 0,
            FromAddress = settings.Contains("Mail__FromAddress") ? "portals@radioatlaujas.lv" : "",
        };

        var portal = new PortalOptions { PublicBaseUrl = settings.Contains("Portal__PublicBaseUrl") ? new Uri("https://www.radioatlaujas.lv/") : null };

        Assert.Empty(Validate(storage));
        Assert.Empty(Validate(mail));
        Assert.Empty(Validate(portal));
        Assert.Contains("Storage__ManagedIdentityClientId", settings);
        // Staff tokens are validated against Entra ID, and the browser sign-in uses the identity, not a secret.
        Assert.Contains("AzureAd__Instance", settings);
        Assert.Contains("AzureAd__TenantId", settings);
        Assert.Contains("AzureAd__ClientId", settings);
        Assert.Contains("StaffIdentity__ManagedIdentityClientId", settings);
        Assert.Contains("Privacy__PersonalCodeKey", settings);
        Assert.Contains("BackOffice__ServiceBusNamespace", settings);
        Assert.Contains("BackOffice__Destination", settings);
        Assert.Contains("Network__FrontDoorId", settings);
        Assert.Contains("Retention__AuditTrailDays", settings);
        Assert.DoesNotContain(settings, s => s.StartsWith("StaffIdentity__ClientSecret", StringComparison.Ordinal) || s.StartsWith("StaffIdentity__DevelopmentAuthority", StringComparison.Ordinal));
        // Latvija.lv, when offered: VPM's endpoint, our realm and reply address, its certificate; never the development stand-in.
        Assert.Superset(new HashSet<string> { "Vpm__StsUrl", "Vpm__Realm", "Vpm__ReplyUrl", "Vpm__SigningCertificate" }, settings);
        Assert.DoesNotContain("Vpm__DevelopmentStandIn", settings);
        Assert.DoesNotContain(settings, s => s.Contains("ConnectionString", StringComparison.Ordinal) && !s.StartsWith("APPLICATIONINSIGHTS", StringComparison.Ordinal));
    }

    private static List<string> ListVariable(string bicep, string name)
    {
        var match = Regex.Match(bicep, $@"^var {name} = \[(?<items>[^\]]*)\]", RegexOptions.Multiline);
        Assert.True(match.Success, $"var {name} not found");
        return [.. Regex.Matches(match.Groups["items"].Value, "'([^']+)'").Select(m => m.Groups[1].Value)];
    }

    private static List<ValidationResult> Validate(object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    [GeneratedRegex(@"^\s+([A-Za-z]+__[A-Za-z]+|[A-Z_]+):", RegexOptions.Multiline)]
    private static partial Regex AppSetting();
}
