using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Zeron.SharedKernel.Messaging;

/// <summary>Logs each message with the module that owns it (a <c>Module</c> scope property) and how long it took.</summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var module = ModuleNames.Of(typeof(TMessage));
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["Module"] = module });
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogHandled(logger, typeof(TMessage).Name, elapsed.TotalMilliseconds);
            return response;
        }
        catch (Exception ex) when (ex is not RequestValidationException and not OperationCanceledException)
        {
            LogFailed(logger, ex, typeof(TMessage).Name);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled {MessageType} in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string messageType, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling {MessageType} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string messageType);
}
