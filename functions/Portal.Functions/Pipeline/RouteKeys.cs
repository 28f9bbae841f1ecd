using System.Collections.Concurrent;
using System.Reflection;
using Portal.Core.Storage;

namespace Portal.Functions.Pipeline;

/// <summary>
/// The route values of an HTTP function (its string parameters, bound by name from the route), which
/// name stored things. One that could not be a storage key - a control character, / \ # ? or the key
/// separator |, or too long - names nothing, so the pipeline answers 404 before it reaches storage or
/// an access gate (storage would refuse the key with a 500, or a | could reach another row's key).
/// </summary>
public static class RouteKeys
{
    public const int MaxLength = 256;

    private static readonly ConcurrentDictionary<MethodInfo, string[]> _byMethod = new();

    public static IReadOnlyList<string> Of(MethodInfo method) =>
        _byMethod.GetOrAdd(method, static m => [.. m.GetParameters().Where(p => p.ParameterType == typeof(string)).Select(p => p.Name!)]);

    /// <summary>The first route value that cannot name anything, or null.</summary>
    public static string? FirstUnusable(IReadOnlyList<string> keys, Func<string, string?> routeValue) =>
        keys.FirstOrDefault(key => routeValue(key) is { } value && !StorageKeys.Fits(value, MaxLength));
}
