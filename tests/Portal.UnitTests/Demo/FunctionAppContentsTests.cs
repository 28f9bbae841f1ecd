using System.Reflection;
using System.Text.Json;
using Portal.Testing;

namespace Portal.UnitTests.Demo;

/// <summary>Demo users, demo clients and the feed generator live in Portal.Demo, which the Function App never ships.</summary>
public sealed class FunctionAppContentsTests
{
    private static readonly Assembly[] _product = [typeof(Portal.Core.DependencyInjection).Assembly, typeof(Portal.Functions.DependencyInjection).Assembly];

    /// <summary>The Function App's own build output, of the configuration and framework these tests were built with.</summary>
    private static string FunctionAppOutput()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (testOutput.Name, testOutput.Parent!.Name);
        return Path.Combine(RepoPaths.Root, "functions", "Portal.Functions", "bin", configuration, framework);
    }

    [Fact]
    public void FunctionAppDeps_NameNoDemoAssembly()
    {
        var deps = Path.Combine(FunctionAppOutput(), "Portal.Functions.deps.json");
        Assert.True(File.Exists(deps), $"{deps} is missing: build the solution first.");

        using var json = JsonDocument.Parse(File.ReadAllText(deps));
        var libraries = json.RootElement.GetProperty("libraries").EnumerateObject().Select(library => library.Name).ToList();

        Assert.Contains(libraries, name => name.StartsWith("Portal.Core/", StringComparison.Ordinal));
        Assert.DoesNotContain(libraries, name => name.StartsWith("Portal.Demo/", StringComparison.Ordinal));
        Assert.DoesNotContain("Portal.Demo", File.ReadAllText(deps), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(FunctionAppOutput(), "Portal.Demo.dll")), "Portal.Demo.dll is in the Function App's output");
    }

    [Fact]
    public void ProductAssemblies_ReferenceNoDemoAssembly()
    {
        foreach (var assembly in _product)
        {
            Assert.DoesNotContain(assembly.GetReferencedAssemblies(), reference => reference.Name == "Portal.Demo");
        }
    }

    [Fact]
    public void ProductAssemblies_HoldNoDemoOrGeneratorType()
    {
        var found = _product.SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.Namespace?.StartsWith("Portal", StringComparison.Ordinal) == true && !type.Name.Contains('<', StringComparison.Ordinal))
            .Where(type => type.Name.Contains("Demo", StringComparison.Ordinal) || type.Name.Contains("Generator", StringComparison.Ordinal) || type.Name == "FeedSet")
            .Select(type => type.FullName)
            .ToList();

        Assert.Empty(found);
    }
}
