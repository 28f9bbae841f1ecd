using System.Diagnostics;
using System.Text;

namespace Portal.Testing;

/// <summary>A node program from the project's node_modules, started for one test run and stopped with it.</summary>
public sealed class NodeService : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private NodeService(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<NodeService> StartAsync(string name, string script, IEnumerable<string> arguments, int waitForPort)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start node for {name}.");
        var service = new NodeService(name, process);
        process.OutputDataReceived += (_, e) => service.Append(e.Data);
        process.ErrorDataReceived += (_, e) => service.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await FreePort.WaitUntilListeningAsync(waitForPort, TimeSpan.FromSeconds(30), () => $"{name} said: {service.Output}");
        return service;
    }

    private bool _disposed;

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
