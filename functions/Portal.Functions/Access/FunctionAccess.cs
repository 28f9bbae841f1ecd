using System.Collections.Concurrent;
using System.Reflection;

namespace Portal.Functions.Access;

/// <summary>
/// The access rule of an HTTP function, read once from its method: in Azure by the entry point the
/// worker names, in the dev host from the method it resolved. A function with no rule or two is refused.
/// </summary>
public static class FunctionAccess
{
    private static readonly ConcurrentDictionary<string, AccessAttribute> _byEntryPoint = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, MethodInfo> _methods = new(StringComparer.Ordinal);

    /// <summary>The rule of the method, or an error naming the method when it declares none or several.</summary>
    public static AccessAttribute Of(MethodInfo method)
    {
        var rules = method.GetCustomAttributes<AccessAttribute>(inherit: false).ToList();
        return rules.Count == 1
            ? rules[0]
            : throw new InvalidOperationException(
                $"{method.DeclaringType?.FullName}.{method.Name} declares {rules.Count} access rules; an HTTP function declares exactly one ({string.Join(", ", Kinds)}).");
    }

    /// <summary>The rule of a function of this app by its entry point ("Namespace.Type.Method"), as the worker gives it.</summary>
    public static AccessAttribute Of(string entryPoint) => _byEntryPoint.GetOrAdd(entryPoint, static name => Of(MethodOf(name)));

    /// <summary>The method of a function of this app by its entry point ("Namespace.Type.Method").</summary>
    public static MethodInfo MethodOf(string entryPoint) => _methods.GetOrAdd(entryPoint, static name => Resolve(name));

    private static MethodInfo Resolve(string entryPoint)
    {
        var dot = entryPoint.LastIndexOf('.');
        var type = typeof(FunctionAccess).Assembly.GetType(entryPoint[..Math.Max(dot, 0)])
            ?? throw new InvalidOperationException($"No function type for the entry point {entryPoint}.");
        return type.GetMethod(entryPoint[(dot + 1)..], BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            ?? throw new InvalidOperationException($"No function method for the entry point {entryPoint}.");
    }

    /// <summary>The rules there are, by attribute name, for the error above.</summary>
    public static IEnumerable<string> Kinds =>
        typeof(AccessAttribute).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(AccessAttribute)) && !t.IsAbstract)
            .Select(t => t.Name[..^"Attribute".Length])
            .Order(StringComparer.Ordinal);
}
