using System.Reflection;
using Portal.Functions.Contract;

namespace Portal.IntegrationTests;

/// <summary>The method a functions.metadata entry runs, found by its entry point in the Function App's assembly.</summary>
internal static class FunctionMethods
{
    public static MethodInfo Of(FunctionMetadata function) => Portal.Functions.Access.FunctionAccess.MethodOf(function.EntryPoint);
}
