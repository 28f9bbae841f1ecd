using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Portal.Functions.Access;
using Portal.Functions.Pipeline;

namespace Portal.DevHost;

/// <summary>Maps each HTTP function to a Kestrel endpoint at the route the Functions host would give it.</summary>
public static class HttpFunctionEndpoints
{
    public static void MapHttpFunctions(this IEndpointRouteBuilder endpoints, IEnumerable<FunctionTarget> targets, HostJson host)
    {
        foreach (var target in targets)
        {
            if (target.Access is not { } rule)
            {
                continue;
            }

            var trigger = target.Metadata.Trigger;
            var methods = (trigger.Methods ?? ["get", "post", "put", "patch", "delete", "head", "options"])
                .Select(m => m.ToUpperInvariant())
                .ToArray();
            endpoints.MapMethods(host.RouteFor(trigger.Route ?? target.Metadata.Name), methods, http => InvokeAsync(target, rule, http))
                .WithDisplayName(target.Metadata.Name)
                .WithMetadata(target.Metadata);
        }
    }

    private static async Task InvokeAsync(FunctionTarget target, AccessAttribute rule, HttpContext http)
    {
        var pipeline = http.RequestServices.GetRequiredService<HttpPipeline>();
        var result = await pipeline.RunAsync(
            http,
            rule,
            name => http.Request.RouteValues.TryGetValue(name, out var value) ? value?.ToString() : null,
            async () => await target.InvokeAsync(http.RequestServices, parameter => Bind(parameter, http)) as IActionResult ?? new EmptyResult(),
            RouteKeys.Of(target.Method),
            RequestLimits.Of(target.Method));
        await result.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));
    }

    private static object? Bind(ParameterInfo parameter, HttpContext http) =>
        parameter.ParameterType == typeof(HttpRequest) ? http.Request
        : parameter.ParameterType == typeof(CancellationToken) ? http.RequestAborted
        : http.Request.RouteValues.TryGetValue(parameter.Name!, out var value) ? value?.ToString()
        : null;
}
