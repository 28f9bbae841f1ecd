using Azure.Identity;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Functions;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

// At build: write the OpenAPI documents beside the app (Contract/ApiDocument.cs) instead of running it.
if (args is ["--write-openapi", var directory])
{
    await ApiDocument.WriteAsync(directory);
    return;
}

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<PortalFunctionsMiddleware>();

// Telemetry straight from the worker, so log scopes (the correlation id) reach Application Insights.
builder.Services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();
builder.Services.Configure<TelemetryConfiguration>(telemetry =>
    telemetry.SetAzureTokenCredential(new DefaultAzureCredential(new DefaultAzureCredentialOptions
    {
        ManagedIdentityClientId = builder.Configuration["Storage:ManagedIdentityClientId"],
    })));
builder.Logging.Services.Configure<LoggerFilterOptions>(options =>
{
    // The Application Insights provider defaults to warnings only; host.json and the app decide instead.
    var aiDefault = options.Rules.FirstOrDefault(rule =>
        rule.ProviderName == "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider");
    if (aiDefault is not null)
    {
        options.Rules.Remove(aiDefault);
    }
});

builder.Services.AddPortal(builder.Configuration);
builder.Build().Run();
