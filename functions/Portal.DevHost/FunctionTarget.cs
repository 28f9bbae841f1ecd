using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Portal.Functions.Access;
using Portal.Functions.Contract;

namespace Portal.DevHost;

/// <summary>A function's class and method, found from its metadata entry point, with the parameters the dev host knows how to bind.</summary>
public sealed class FunctionTarget
{
    private FunctionTarget(FunctionMetadata metadata, Type type, MethodInfo method)
    {
        Metadata = metadata;
        Type = type;
        Method = method;
        Parameters = method.GetParameters();
    }

    public FunctionMetadata Metadata { get; }

    public Type Type { get; }

    public MethodInfo Method { get; }

    public IReadOnlyList<ParameterInfo> Parameters { get; }

    /// <summary>The access rule the pipeline checks before an HTTP function runs; null for a timer or a queue trigger.</summary>
    public AccessAttribute? Access { get; private set; }

    /// <summary>Resolves every function, or fails naming each one the dev host could not serve exactly as Azure would.</summary>
    public static IReadOnlyList<FunctionTarget> ResolveAll(IEnumerable<FunctionMetadata> functions)
    {
        var targets = new List<FunctionTarget>();
        var problems = new List<string>();
        foreach (var function in functions)
        {
            try
            {
                targets.Add(Resolve(function));
            }
            catch (Exception exception) when (exception is InvalidOperationException or TypeLoadException or FileNotFoundException)
            {
                problems.Add($"{function.Name}: {exception.Message}");
            }
        }

        return problems.Count == 0
            ? targets
            : throw new InvalidOperationException($"The dev host cannot serve these functions:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    public static FunctionTarget Resolve(FunctionMetadata function)
    {
        var assembly = Assembly.Load(new AssemblyName(Path.GetFileNameWithoutExtension(function.ScriptFile)));
        var dot = function.EntryPoint.LastIndexOf('.');
        var type = assembly.GetType(function.EntryPoint[..dot], throwOnError: true)!;
        var method = type.GetMethod(function.EntryPoint[(dot + 1)..], BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{function.EntryPoint} has no public method of that name.");
        var target = new FunctionTarget(function, type, method);
        target.CheckParameters();
        // Read at start-up, so a function without exactly one access rule stops the dev host, naming it.
        target.Access = target.Metadata.IsHttp ? FunctionAccess.Of(method) : null;
        return target;
    }

    public async Task<object?> InvokeAsync(IServiceProvider services, Func<ParameterInfo, object?> bind)
    {
        var instance = Method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, Type);
        try
        {
            var arguments = Parameters.Select(bind).ToArray();
            var returned = Method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
            if (returned is not Task task)
            {
                return returned;
            }

            await task;
            return task.GetType().IsGenericType ? task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task) : null;
        }
        finally
        {
            if (instance is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync();
            }
            else if (instance is IDisposable disposable)
            {
                disposable.Dispose();
            }
        }
    }

    private void CheckParameters()
    {
        var trigger = Metadata.Trigger;
        var routeValues = RouteParameterNames(trigger.Route);
        foreach (var parameter in Parameters)
        {
            var type = parameter.ParameterType;
            var supported = type == typeof(CancellationToken)
                || (Metadata.IsHttp && type == typeof(HttpRequest))
                || (Metadata.IsHttp && type == typeof(string) && routeValues.Contains(parameter.Name!))
                || (Metadata.IsTimer && type == typeof(TimerInfo))
                || (Metadata.IsQueue && type == typeof(Azure.Storage.Queues.Models.QueueMessage));
            if (!supported)
            {
                throw new InvalidOperationException(
                    $"parameter '{parameter.Name}' of type {type.Name} is not bindable here; functions take HttpRequest, string route values, TimerInfo, QueueMessage or CancellationToken (no FunctionContext, so both hosts run the same code).");
            }
        }
    }

    private static HashSet<string> RouteParameterNames(string? route) =>
        route is null
            ? []
            : new HashSet<string>(
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse(route).Parameters.Select(p => p.Name),
                StringComparer.OrdinalIgnoreCase);
}
