using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;

namespace Portal.InfraTests;

/// <summary>
/// What the deployment must hold, read from the compiled template: one public origin through Front Door and
/// the Function App behind it, secrets only by Key Vault reference, the audit container write-once, the
/// public address from the deployment, alerts on every timer, and the lint rules on.
/// </summary>
public sealed partial class DeploymentTests
{
    private const string FrontDoorService = "AzureFrontDoor.Backend";

    [Fact]
    public async Task FunctionApp_AcceptsTrafficOnlyFromOurFrontDoor()
    {
        var template = await Template.CompileAsync();
        var site = Assert.Single(template.ResourcesOf("functionapp", "Microsoft.Web/sites"));
        var config = site.GetProperty("properties").GetProperty("siteConfig");

        Assert.Equal("Deny", config.GetProperty("ipSecurityRestrictionsDefaultAction").GetString());
        var rule = Assert.Single(config.GetProperty("ipSecurityRestrictions").EnumerateArray());
        Assert.Equal("Allow", rule.GetProperty("action").GetString());
        Assert.Equal("ServiceTag", rule.GetProperty("tag").GetString());
        Assert.Equal(FrontDoorService, rule.GetProperty("ipAddress").GetString());
        // Front Door's addresses serve every customer: only requests that carry our profile's id are ours.
        var header = Assert.Single(rule.GetProperty("headers").EnumerateObject());
        Assert.Equal("x-azure-fdid", header.Name, ignoreCase: true);
        Assert.Equal("[parameters('frontDoorId')]", Assert.Single(header.Value.EnumerateArray()).GetString());
        Assert.Matches(@"'frontdoor'\).*\.outputs\.frontDoorId\.value", template.Argument("functionapp", "frontDoorId"));
        // The client IP rule believes the front door's socket header for the same id.
        Assert.Equal("parameters('frontDoorId')", template.AppSettings()["Network__FrontDoorId"]);
        // Basic publishing credentials are off: deployment signs in with Entra ID.
        Assert.All(template.ResourcesOf("functionapp", "Microsoft.Web/sites/basicPublishingCredentialsPolicies"),
            policy => Assert.False(policy.GetProperty("properties").GetProperty("allow").GetBoolean()));
    }

    [Fact]
    public async Task FrontDoor_SendsApiToTheFunctionApp_AndTheRestToTheStaticSite_WhichLinksNoBackend()
    {
        var template = await Template.CompileAsync();
        var routes = template.ResourcesOf("frontdoor-routes", "Microsoft.Cdn/profiles/afdEndpoints/routes")
            .ToDictionary(r => Assert.Single(r.GetProperty("properties").GetProperty("patternsToMatch").EnumerateArray()).GetString()!, r => r.GetProperty("properties"));
        var origins = template.ResourcesOf("frontdoor-routes", "Microsoft.Cdn/profiles/originGroups/origins")
            .ToDictionary(o => o.GetProperty("name").GetString()!.Contains("'api'", StringComparison.Ordinal) ? "api" : "web", o => o.GetProperty("properties").GetProperty("hostName").GetString());

        Assert.Equal(["/*", "/api/*"], routes.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("'api'", routes["/api/*"].GetProperty("originGroup").GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Contains("'web'", routes["/*"].GetProperty("originGroup").GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(["Https"], routes["/api/*"].GetProperty("supportedProtocols").EnumerateArray().Select(p => p.GetString()));
        // The API is never cached at the edge.
        Assert.False(routes["/api/*"].TryGetProperty("cacheConfiguration", out _));
        Assert.Equal("[parameters('functionAppHostName')]", origins["api"]);
        Assert.Equal("[parameters('staticSiteHostName')]", origins["web"]);
        Assert.Matches(@"'functionapp'\).*\.outputs\.defaultHostName\.value", template.Argument("frontdoor-routes", "functionAppHostName"));
        Assert.Empty(template.ResourcesOf("staticwebapp", "Microsoft.Web/staticSites/linkedBackends"));

        // The static site admits Front Door's addresses only (the setting applies on the Standard plan).
        using var config = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Portal.Testing.RepoPaths.Root, "static-web", "public", "staticwebapp.config.json")));
        Assert.Equal([FrontDoorService], config.RootElement.GetProperty("networking").GetProperty("allowedIpRanges").EnumerateArray().Select(r => r.GetString()));
        var site = Assert.Single(template.ResourcesOf("staticwebapp", "Microsoft.Web/staticSites"));
        Assert.Equal("Standard", site.GetProperty("sku").GetProperty("name").GetString());
    }

    [Fact]
    public async Task PublicAddress_ComesFromTheDeployment_AndTheOutputsNameWhatEntraNeeds()
    {
        var template = await Template.CompileAsync();

        Assert.Equal("parameters('publicBaseUrl')", template.AppSettings()["Portal__PublicBaseUrl"]);
        Assert.Matches(@"^\[format\('https://\{0\}/', reference\(.*'frontdoor'\).*\.outputs\.hostName\.value\)\]$", template.Argument("functionapp", "publicBaseUrl"));
        var outputs = template.Root.GetProperty("outputs");
        foreach (var name in new[] { "PORTAL_URL", "PORTAL_STAFF_REDIRECT_URI", "PORTAL_IDENTITY_PRINCIPAL_ID", "PORTAL_FEDERATED_CREDENTIAL_ISSUER", "PORTAL_FEDERATED_CREDENTIAL_SUBJECT", "AZURE_KEY_VAULT_NAME", "AZURE_FRONT_DOOR_ID" })
        {
            Assert.True(outputs.TryGetProperty(name, out _), $"output {name} is missing");
        }

        Assert.Contains("api/staff/auth/callback", outputs.GetProperty("PORTAL_STAFF_REDIRECT_URI").GetProperty("value").GetString(), StringComparison.Ordinal);
        // The post-provision hook prints the Entra steps from those outputs.
        var hook = await File.ReadAllTextAsync(Path.Combine(Hooks.Directory, "postprovision.sh"));
        Assert.All(new[] { "PORTAL_STAFF_REDIRECT_URI", "PORTAL_FEDERATED_CREDENTIAL_ISSUER", "PORTAL_FEDERATED_CREDENTIAL_SUBJECT" }, name => Assert.Contains($"${{{name}", hook, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Secrets_NoSecureParameterReachesAnAppSetting_ExceptAsAKeyVaultReference()
    {
        var template = await Template.CompileAsync();
        var settings = template.AppSettings();

        // The template takes no secret at all: the hook writes the key to the vault.
        Assert.DoesNotContain(template.Root.GetProperty("parameters").EnumerateObject(), p => p.Value.GetProperty("type").GetString()!.StartsWith("secure", StringComparison.OrdinalIgnoreCase));
        var secureParameters = template.ModuleNames.SelectMany(m => template.Module(m).GetProperty("parameters").EnumerateObject()
            .Where(p => p.Value.GetProperty("type").GetString()!.StartsWith("secure", StringComparison.OrdinalIgnoreCase)).Select(p => p.Name)).ToList();
        Assert.All(settings, setting => Assert.DoesNotContain(secureParameters, p => setting.Value.Contains($"parameters('{p}')", StringComparison.Ordinal)));
        foreach (var secret in new[] { "Privacy__PersonalCodeKey", "Mail__Password", "Vpm__SigningCertificate" })
        {
            Assert.StartsWith("format('@Microsoft.KeyVault(VaultName={0};SecretName=", settings[secret], StringComparison.Ordinal);
        }

        var site = Assert.Single(template.ResourcesOf("functionapp", "Microsoft.Web/sites"));
        Assert.Equal("[parameters('identityId')]", site.GetProperty("properties").GetProperty("keyVaultReferenceIdentity").GetString());
        var vault = Assert.Single(template.ResourcesOf("keyvault", "Microsoft.KeyVault/vaults")).GetProperty("properties");
        Assert.True(vault.GetProperty("enableRbacAuthorization").GetBoolean());
        Assert.True(vault.GetProperty("enablePurgeProtection").GetBoolean());
    }

    [Fact]
    public async Task Audit_TheContainerIsWriteOnce_ForTheTrailsRetention_WithAppendsAllowed()
    {
        var template = await Template.CompileAsync();
        var policy = Assert.Single(template.ResourcesOf("storage", "Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies"));
        var properties = policy.GetProperty("properties");

        Assert.Contains("variables('containers')[indexOf(variables('containers'), variables('auditContainer'))]", policy.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal("audit", template.Variable("storage", "auditContainer"));
        Assert.True(properties.GetProperty("allowProtectedAppendWrites").GetBoolean());
        Assert.Equal("[parameters('auditRetentionDays')]", properties.GetProperty("immutabilityPeriodSinceCreationInDays").GetString());
        // The anchors stay immutable exactly as long as the portal keeps the trail: one parameter for both.
        Assert.Equal("[parameters('auditRetentionDays')]", template.Argument("storage", "auditRetentionDays"));
        Assert.Equal("[parameters('auditRetentionDays')]", template.Argument("functionapp", "auditRetentionDays"));
        Assert.Equal("string(parameters('auditRetentionDays'))", template.AppSettings()["Retention__AuditTrailDays"]);
    }

    [Fact]
    public async Task Storage_ThePortalOwnsNothing_OnItsData_AndTheAccountIsLockedAgainstDeletion()
    {
        var template = await Template.CompileAsync();
        const string BlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";

        var roles = template.ResourcesOf("storage", "Microsoft.Authorization/roleAssignments");
        Assert.NotEmpty(roles);
        Assert.DoesNotContain(BlobDataOwner, template.Module("storage").GetProperty("variables").ToString(), StringComparison.Ordinal);
        // The Functions host's state, where it must be owner, is another account.
        Assert.Contains(BlobDataOwner, template.Module("hoststorage").GetProperty("variables").ToString(), StringComparison.Ordinal);
        Assert.Equal("parameters('hostStorageAccountName')", template.AppSettings()["AzureWebJobsStorage__accountName"]);
        var lockResource = Assert.Single(template.ResourcesOf("storage", "Microsoft.Authorization/locks"));
        Assert.Equal("CanNotDelete", lockResource.GetProperty("properties").GetProperty("level").GetString());
        var blobService = Assert.Single(template.ResourcesOf("storage", "Microsoft.Storage/storageAccounts/blobServices")).GetProperty("properties");
        Assert.True(blobService.GetProperty("restorePolicy").GetProperty("enabled").GetBoolean());
        Assert.True(blobService.GetProperty("restorePolicy").GetProperty("days").GetInt32() < blobService.GetProperty("deleteRetentionPolicy").GetProperty("days").GetInt32());
    }

    [Fact]
    public async Task Alerts_WatchEveryTimerFunction_DeadLetters_ServerErrors_FlaggedPayments_AndHealthThroughFrontDoor()
    {
        var template = await Template.CompileAsync();
        var timers = typeof(Portal.Functions.Pipeline.ClientInfo).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetParameters().Any(p => p.GetCustomAttribute<TimerTriggerAttribute>() is not null))
            .Select(m => m.GetCustomAttribute<FunctionAttribute>()!.Name)
            .Order(StringComparer.Ordinal);

        var watched = JsonSerializer.Deserialize<List<string>>(template.Variable("alerts", "timers"))!;
        Assert.Equal(timers, watched.Order(StringComparer.Ordinal));
        var metrics = template.ResourcesOf("alerts", "Microsoft.Insights/metricAlerts").Select(a => a.GetProperty("properties").GetProperty("criteria").ToString()).ToList();
        Assert.Contains(metrics, c => c.Contains("DeadletteredMessages", StringComparison.Ordinal));
        Assert.Contains(metrics, c => c.Contains("WebtestLocationAvailabilityCriteria", StringComparison.Ordinal));
        var test = Assert.Single(template.ResourcesOf("alerts", "Microsoft.Insights/webtests"));
        Assert.Equal("[format('{0}api/health', parameters('publicBaseUrl'))]", test.GetProperty("properties").GetProperty("Request").GetProperty("RequestUrl").GetString());
        var queries = template.ResourcesOf("alerts", "Microsoft.Insights/scheduledQueryRules").Select(a => a.GetProperty("properties").GetProperty("criteria").ToString()).ToList();
        Assert.Equal(3, queries.Count);
        Assert.Contains(queries, c => c.Contains("PaymentOrderFlagged", StringComparison.Ordinal));
        // Every part sends its logs to the workspace.
        Assert.All(new[] { "functionapp", "storage", "servicebus", "frontdoor", "keyvault" }, module =>
            Assert.NotEmpty(template.ResourcesOf(module, "Microsoft.Insights/diagnosticSettings")));
    }

    [Fact]
    public async Task Template_IsSubscriptionScoped_CreatesItsGroup_AndOffersOnlyFlexConsumptionRegions()
    {
        var template = await Template.CompileAsync();

        Assert.Contains("subscriptionDeploymentTemplate", template.Root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        Assert.Contains(Template.Resources(template.Root), r => r.GetProperty("type").GetString() == "Microsoft.Resources/resourceGroups");
        var regions = template.Root.GetProperty("parameters").GetProperty("location").GetProperty("allowedValues").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains("northeurope", regions);
        Assert.DoesNotContain(regions, r => r!.Contains("us", StringComparison.Ordinal) && r != "uksouth");
        // The lint rules the deployment is held to.
        using var config = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Bicep.InfraDirectory, "bicepconfig.json")));
        var rules = config.RootElement.GetProperty("analyzers").GetProperty("core").GetProperty("rules");
        Assert.Equal("error", rules.GetProperty("no-hardcoded-location").GetProperty("level").GetString());
        Assert.Equal("warning", rules.GetProperty("use-recent-api-versions").GetProperty("level").GetString());
    }

    [Fact]
    public async Task Parameters_AzdAsksOnlyForWhatCannotBeDerived_NamedAsTheReadmeNamesThem()
    {
        var template = await Template.CompileAsync();
        var parameters = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Bicep.InfraDirectory, "main.parameters.json"))).RootElement.GetProperty("parameters");
        var readme = await File.ReadAllTextAsync(Path.Combine(Portal.Testing.RepoPaths.Root, "README.md"));

        // Every parameter without a default is given by azd's environment; the ones azd does not set itself are the README's.
        var required = template.Root.GetProperty("parameters").EnumerateObject().Where(p => !p.Value.TryGetProperty("defaultValue", out _)).Select(p => p.Name);
        Assert.All(required, name => Assert.True(parameters.TryGetProperty(name, out _), $"{name} has no default and no value in main.parameters.json"));
        var variables = parameters.EnumerateObject().Select(p => EnvironmentVariable().Match(p.Value.GetProperty("value").GetString()!).Groups[1].Value).ToList();
        Assert.All(variables.Where(v => v.StartsWith("PORTAL_", StringComparison.Ordinal)), variable => Assert.Contains($"`{variable}`", readme, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\$\{(\w+)")]
    private static partial Regex EnvironmentVariable();
}
