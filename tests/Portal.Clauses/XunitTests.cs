using System.Reflection;
using System.Runtime.Loader;
using System.Xml.Linq;

namespace Portal.Clauses;

/// <summary>xUnit tests name clauses with <c>[Trait("Clause", "12.1")]</c>; their outcomes are in the suite's TRX file.</summary>
internal static class XunitTests
{
    private const string TraitAttribute = "Xunit.TraitAttribute";

    public static IEnumerable<TracedTest> Read(string assemblyPath, string? trxPath)
    {
        var outcomes = trxPath is not null && File.Exists(trxPath) ? Outcomes(trxPath) : [];
        var suite = Path.GetFileNameWithoutExtension(assemblyPath);
        var context = new AssemblyLoadContext(suite, isCollectible: true);
        var folder = Path.GetDirectoryName(assemblyPath)!;
        context.Resolving += (loader, name) =>
            File.Exists(Path.Combine(folder, name.Name + ".dll")) ? loader.LoadFromAssemblyPath(Path.Combine(folder, name.Name + ".dll")) : null;
        try
        {
            foreach (var type in Types(context.LoadFromAssemblyPath(assemblyPath)))
            {
                foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                {
                    var clauses = method.GetCustomAttributesData()
                        .Where(a => a.AttributeType.FullName == TraitAttribute && a.ConstructorArguments is [{ Value: "Clause" }, { Value: string }])
                        .Select(a => (string)a.ConstructorArguments[1].Value!)
                        .ToList();
                    if (clauses.Count > 0)
                    {
                        var name = $"{type.FullName}.{method.Name}";
                        yield return new TracedTest(suite, name, clauses, outcomes.GetValueOrDefault(name, "not run"));
                    }
                }
            }
        }
        finally
        {
            context.Unload();
        }
    }

    private static IEnumerable<Type> Types(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            return exception.Types.OfType<Type>();
        }
    }

    /// <summary>Each test method's outcome: a theory's cases fold into one (failed if any case failed).</summary>
    private static Dictionary<string, string> Outcomes(string trxPath)
    {
        XNamespace trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        return XDocument.Load(trxPath).Descendants(trx + "UnitTestResult")
            .GroupBy(result => MethodOf((string?)result.Attribute("testName") ?? ""))
            .ToDictionary(
                cases => cases.Key,
                cases => cases.Any(c => (string?)c.Attribute("outcome") == "Failed") ? "failed"
                    : cases.All(c => (string?)c.Attribute("outcome") == "Passed") ? "passed" : "not run");
    }

    private static string MethodOf(string testName) => testName.IndexOf('(', StringComparison.Ordinal) is var open and >= 0 ? testName[..open] : testName;
}
