using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Portal.Functions.Access;

namespace Portal.Functions.Pipeline;

/// <summary>Runs the shared pipelines inside the Azure Functions worker; the dev host calls the same pipelines itself.</summary>
internal sealed class PortalFunctionsMiddleware(HttpPipeline http, TimerPipeline timers) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var httpContext = context.GetHttpContext();
        if (httpContext is null)
        {
            await timers.RunAsync(context.FunctionDefinition.Name, () => next(context));
            return;
        }

        var bindingData = context.BindingContext.BindingData;
        var rule = FunctionAccess.Of(context.FunctionDefinition.EntryPoint);
        var method = FunctionAccess.MethodOf(context.FunctionDefinition.EntryPoint);
        var result = await http.RunAsync(
            httpContext,
            rule,
            name => bindingData.TryGetValue(name, out var value) ? value?.ToString() : null,
            async () =>
            {
                await next(context);
                return context.GetInvocationResult().Value as IActionResult ?? new EmptyResult();
            },
            RouteKeys.Of(method),
            RequestLimits.Of(method));
        context.GetInvocationResult().Value = result;
    }
}
