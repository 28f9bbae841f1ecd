using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Testing;

namespace Portal.SecurityTests;

/// <summary>A portal of its own whose every log line, at every level, is kept for the tests to read.</summary>
public sealed class LoggedPortal : IsolatedPortal
{
    public LoggedPortal()
        : this(new CapturedLogs())
    {
    }

    private LoggedPortal(CapturedLogs logs)
        : base(services => services
            .AddSingleton<ILoggerProvider>(logs)
            .Configure<LoggerFilterOptions>(options => options.Rules.Add(new LoggerFilterRule(typeof(CapturedLogs).FullName, null, LogLevel.Trace, null)))) =>
        Logs = logs;

    public CapturedLogs Logs { get; }
}
