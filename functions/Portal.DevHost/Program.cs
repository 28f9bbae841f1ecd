using Portal.Demo;
using Portal.DevHost.BankLink;
using Portal.DevHost.Vpm;
using Portal.Functions;
using Portal.Functions.Contract;

namespace Portal.DevHost;

/// <summary>
/// Runs the Function App's own functions on Kestrel, without the Functions host: the routes,
/// schedules and queues come from the functions.metadata the build generates, the services from AddPortal.
/// </summary>
public sealed class Program
{
    public static void Main(string[] args) => Build(args).Run();

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.AddSimpleConsole(options =>
        {
            options.IncludeScopes = true;
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss ";
        });

        var metadata = FunctionMetadata.Load(AppContext.BaseDirectory);
        var host = HostJson.Load(AppContext.BaseDirectory);
        var targets = FunctionTarget.ResolveAll(metadata);

        builder.Services.AddPortal(builder.Configuration);
        // Demo sign-ins and clients for ./dev up (off unless DemoData:Enabled, and only in Development); the Function App has none.
        builder.Services.AddDemoData();
        // Latvija.lv's stand-in (off unless Vpm:DevelopmentStandIn, and only in Development); the Function App has none.
        builder.Services.AddVpmStandIn();
        // A bank's link (off unless BankLink:DevelopmentBank, and only in Development); the Function App has none.
        builder.Services.AddDevBank();
        builder.Services.AddMvcCore();
        builder.Services.AddOptions<DevHostOptions>().BindConfiguration(DevHostOptions.Section);
        builder.Services.AddSingleton(new TimerFunctions([.. targets.Where(t => t.Metadata.IsTimer)]));
        builder.Services.AddSingleton<TimerFunctionScheduler>();
        builder.Services.AddHostedService(services => services.GetRequiredService<TimerFunctionScheduler>());
        // Read once the configuration is whole (a test host adds its settings at build), so app settings can override host.json as in Azure.
        builder.Services.AddSingleton(services => new QueueFunctions(
            [.. targets.Where(t => t.Metadata.IsQueue)], HostJson.Load(AppContext.BaseDirectory, services.GetRequiredService<IConfiguration>()).Queues));
        builder.Services.AddSingleton<QueueFunctionRunner>();
        builder.Services.AddHostedService(services => services.GetRequiredService<QueueFunctionRunner>());

        var app = builder.Build();
        DevHostLog.Serving(app.Logger, targets.Count(t => t.Metadata.IsHttp), targets.Count(t => t.Metadata.IsTimer), targets.Count(t => t.Metadata.IsQueue),
            Path.Combine(AppContext.BaseDirectory, FunctionMetadata.FileName));

        var ui = StaticWebApp.Find(app.Configuration[$"{DevHostOptions.Section}:{nameof(DevHostOptions.StaticWebRoot)}"]);
        if (ui is null)
        {
            DevHostLog.UiMissing(app.Logger);
        }
        else
        {
            DevHostLog.ServingUi(app.Logger, ui.Root);
            // The payment page posts the bank's form to the bank: the CSP lets forms go to the configured providers, no others. They
            // are read at the first page served, not while the app is built, so that start-up's checks of their settings come first.
            var site = new Lazy<StaticWebApp>(() =>
            {
                var formActions = FormActionPolicy.PaymentFormActions(app.Services);
                if (formActions.Count > 0)
                {
                    DevHostLog.FormActions(app.Logger, string.Join(' ', formActions));
                }

                return ui.WithFormActions(formActions);
            });
            ui.MapTo(app, host.RoutePrefix, () => site.Value.GlobalHeaders);
        }

        app.MapHttpFunctions(targets, host);
        app.MapVpmStandIn();
        app.MapDevBank();
        return app;
    }
}
