using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Payments;
using Portal.DevHost;
using Portal.Functions.Contract;
using Portal.Testing;

namespace Portal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class DevHostTests(PortalFixture portal)
{
    [Fact]
    public async Task EveryFunctionInFunctionsMetadata_IsServedAtItsRouteScheduledOrQueued()
    {
        _ = portal.CreateClient();
        var metadata = FunctionMetadata.Load(AppContext.BaseDirectory);
        var host = HostJson.Load(AppContext.BaseDirectory);
        var endpoints = portal.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var timers = portal.Factory.Services.GetRequiredService<TimerFunctions>();
        var queues = portal.Factory.Services.GetRequiredService<QueueFunctions>();

        Assert.NotEmpty(metadata);
        foreach (var function in metadata)
        {
            if (function.IsTimer)
            {
                Assert.Contains(timers.Targets, t => t.Metadata.Name == function.Name);
                continue;
            }

            if (function.IsQueue)
            {
                Assert.Contains(queues.Targets, t => t.Metadata.Name == function.Name && t.Metadata.Trigger.QueueName is { Length: > 0 });
                continue;
            }

            Assert.True(function.IsHttp, $"{function.Name} has a trigger the dev host does not serve: {function.Trigger.Type}");
            var endpoint = Assert.Single(endpoints, e => e.Metadata.GetMetadata<FunctionMetadata>()?.Name == function.Name);
            Assert.Equal(host.RouteFor(function.Trigger.Route ?? function.Name), endpoint.RoutePattern.RawText);
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods;
            Assert.Equal(function.Trigger.Methods!.Select(m => m.ToUpperInvariant()).Order(), methods.Order());
        }

        // The metadata is the Function App's own, not a copy: every [Function] in its assembly is in it.
        var declared = typeof(Portal.Functions.DependencyInjection).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttributes(typeof(Microsoft.Azure.Functions.Worker.FunctionAttribute), false).Cast<Microsoft.Azure.Functions.Worker.FunctionAttribute>().SingleOrDefault())
            .OfType<Microsoft.Azure.Functions.Worker.FunctionAttribute>()
            .Select(a => a.Name);
        Assert.Equal(declared.Order(), metadata.Select(f => f.Name).Order());
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Ui_DeepLink_IsAnsweredWithTheAppNotAProblem()
    {
        if (!File.Exists(Path.Combine(RepoPaths.StaticWebDist, "index.html")))
        {
            Assert.Fail("static-web/dist is not built; ./dev test builds it before the .NET tests.");
        }

        var response = await portal.CreateClient().GetAsync("/terms");

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Content-Security-Policy", response.Headers.Select(h => h.Key));
    }

    [Fact]
    public async Task Ui_Csp_LetsFormsGoToTheRegisteredPaymentProvidersAlone()
    {
        if (!File.Exists(Path.Combine(RepoPaths.StaticWebDist, "index.html")))
        {
            Assert.Fail("static-web/dist is not built; ./dev test builds it before the .NET tests.");
        }

        await using var withBanks = new PortalFactory(portal.Backends.Settings(), services => services
            .AddSingleton<IPaymentProvider>(new FormOnlyPaymentProvider("bank-a", new Uri("https://pay.bank-a.example/banklink")))
            .AddSingleton<IPaymentProvider>(new FormOnlyPaymentProvider("bank-b", new Uri("https://ib.bank-b.example:8443/pay?shop=1"))));

        var none = await portal.CreateClient().GetAsync(new Uri("/payment", UriKind.Relative));
        var two = await withBanks.CreateHttpsClient().GetAsync(new Uri("/payment", UriKind.Relative));

        // The test portals offer the development bank (on localhost); these two join it, each by its origin alone.
        Assert.Contains("; form-action 'self' https://localhost; ", Assert.Single(none.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Contains("; form-action 'self' https://pay.bank-a.example https://ib.bank-b.example:8443 https://localhost; ", Assert.Single(two.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
