using System.Reflection;
using Portal.DevHost;

namespace Portal.IntegrationTests;

/// <summary>The method a functions.metadata entry runs, found by its entry point in the Function App's assembly.</summary>
internal static class FunctionMethods
{
    public static MethodInfo Of(FunctionMetadata function)
    {
        var separator = function.EntryPoint.LastIndexOf('.');
        var type = typeof(Portal.Functions.DependencyInjection).Assembly.GetType(function.EntryPoint[..separator], throwOnError: true)!;
        return type.GetMethod(function.EntryPoint[(separator + 1)..])!;
    }
}
