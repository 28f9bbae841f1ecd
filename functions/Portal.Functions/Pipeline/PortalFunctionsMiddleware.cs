using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

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

        var result = await http.RunAsync(httpContext, async () =>
        {
            await next(context);
            return context.GetInvocationResult().Value as IActionResult ?? new EmptyResult();
        });
        context.GetInvocationResult().Value = result;
    }
}
