using Microsoft.Extensions.Logging;

namespace Syndicate.Tests.Support;

/// <summary>Every log line the server writes, with its level and category, for tests that check what the log says.</summary>
internal sealed class LogLines : ILoggerProvider
{
    private readonly List<(LogLevel Level, string Category, string Message)> _lines = [];

    public IReadOnlyList<(LogLevel Level, string Category, string Message)> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public IReadOnlyList<string> Containing(string text) =>
        [.. Lines.Where(l => l.Message.Contains(text, StringComparison.Ordinal)).Select(l => l.Message)];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogLines lines, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (lines._lines)
            {
                lines._lines.Add((logLevel, category, formatter(state, exception)));
            }
        }
    }
}
