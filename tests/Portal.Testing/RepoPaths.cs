namespace Portal.Testing;

/// <summary>Finds the repository from a test's output folder, so tests use the project's own node tools and files.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string NodeModules => Path.Combine(Root, "node_modules");

    public static string StaticWebDist => Path.Combine(Root, "static-web", "dist");

    /// <summary>Where tests leave what a person may want to look at (screenshots).</summary>
    public static string TestOutput => Path.Combine(Root, "test-output");

    /// <summary>The Function App's build output of the same configuration as the running tests (bin/Debug/net10.0).</summary>
    public static string FunctionAppOutput =>
        Path.Combine(Root, "functions", "Portal.Functions") + AppContext.BaseDirectory[AppContext.BaseDirectory.LastIndexOf($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)..];

    public static string NodePackage(string package, params string[] path)
    {
        var full = Path.Combine([NodeModules, package, .. path]);
        return File.Exists(full)
            ? full
            : throw new FileNotFoundException($"{package} is not installed; run ./dev test once (it installs the project's npm packages).", full);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Portal.sln was not found above the test output folder.");
    }
}
