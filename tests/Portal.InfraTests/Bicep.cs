using System.Diagnostics;
using System.Reflection;
using Portal.Testing;

namespace Portal.InfraTests;

/// <summary>The Bicep CLI from its NuGet package: offline, the version Directory.Packages.props pins.</summary>
internal static class Bicep
{
    public static string InfraDirectory { get; } = Path.Combine(RepoPaths.Root, "infra", "bicep");

    public static Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable())
        {
            WorkingDirectory = InfraDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Bicep would otherwise try to reach the network for telemetry and module registries.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        return CompleteAsync(start);
    }

    /// <summary>Runs a process to its end (its output and errors redirected) and returns its exit code, output and errors.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> CompleteAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }

    private static string Executable()
    {
        var package = typeof(Bicep).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPackage").Value;
        var path = Path.Combine(package ?? "", "tools", "bicep");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The Bicep CLI package was not restored; build the solution first.", path);
        }

        // NuGet extracts files without their run bit (the package is linux-x64 only).
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The Bicep tests use the linux-x64 Bicep CLI package.");
        }

        File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        return path;
    }
}
