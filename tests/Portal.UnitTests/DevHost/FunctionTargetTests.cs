using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.DevHost;
using Portal.Functions.Contract;

namespace Portal.UnitTests.DevHost;

public sealed class FunctionTargetTests
{
    internal static FunctionMetadata Http(string method, string route) => new(
        method, "Portal.UnitTests.dll", $"{typeof(SampleFunctions).FullName}.{method}",
        [new FunctionBinding("request", "httpTrigger", "In", ["get"], route, null, null)]);

    internal static FunctionMetadata Timer(string method, string schedule) => new(
        method, "Portal.UnitTests.dll", $"{typeof(SampleFunctions).FullName}.{method}",
        [new FunctionBinding("timer", "timerTrigger", "In", null, null, schedule, null)]);

    [Fact]
    public async Task InvokeAsync_HttpFunction_BindsRequestAndRouteValues()
    {
        var target = FunctionTarget.Resolve(Http(nameof(SampleFunctions.Echo), "echo/{id}"));
        var services = new ServiceCollection().AddSingleton<SampleFunctions.Calls>().BuildServiceProvider();
        var http = new DefaultHttpContext();
        http.Request.Method = "GET";

        var result = await target.InvokeAsync(services, p => p.ParameterType == typeof(HttpRequest) ? http.Request : "42");

        Assert.Equal("GET 42", result);
    }

    [Fact]
    public void Resolve_FunctionContextParameter_RefusedWithReason()
    {
        var error = Assert.Throws<InvalidOperationException>(() => FunctionTarget.Resolve(Http(nameof(SampleFunctions.NeedsContext), "ctx")));

        Assert.Contains("FunctionContext", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_HttpFunctionWithoutAccessRule_RefusedNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => FunctionTarget.Resolve(Http(nameof(SampleFunctions.NoAccessRule), "open")));

        Assert.Contains($"{nameof(SampleFunctions)}.{nameof(SampleFunctions.NoAccessRule)} declares 0 access rules", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveAll_SeveralProblems_NamesEachFunction()
    {
        var error = Assert.Throws<InvalidOperationException>(() => FunctionTarget.ResolveAll(
        [
            Http(nameof(SampleFunctions.NeedsContext), "ctx"),
            Http(nameof(SampleFunctions.UnknownRouteValue), "value/{other}"),
            Http("NoSuchMethod", "none"),
            Http(nameof(SampleFunctions.NoAccessRule), "open"),
        ]));

        Assert.Contains(nameof(SampleFunctions.NoAccessRule), error.Message, StringComparison.Ordinal);

        Assert.Contains(nameof(SampleFunctions.NeedsContext), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(SampleFunctions.UnknownRouteValue), error.Message, StringComparison.Ordinal);
        Assert.Contains("NoSuchMethod", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HostJson_RouteFor_UsesThePrefix()
    {
        Assert.Equal("api/terms/{version}", new HostJson("api").RouteFor("terms/{version}"));
        Assert.Equal("terms", new HostJson("").RouteFor("terms"));
    }
}
