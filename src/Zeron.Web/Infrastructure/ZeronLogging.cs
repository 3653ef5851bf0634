using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Zeron.SharedKernel.Messaging;

namespace Zeron.Web.Infrastructure;

/// <summary>
/// Serilog: structured events with a <c>Module</c> property (from the mediator scope, or derived from the logger's
/// namespace), request logging, and JSON output when <c>Zeron:Logging:Json</c> is true (for log shippers).
/// </summary>
internal static class ZeronLogging
{
    private const string Template = "[{Timestamp:HH:mm:ss} {Level:u3}] {Module}: {Message:lj}{NewLine}{Exception}";

    public static void AddZeronLogging(this WebApplicationBuilder builder)
    {
        var json = builder.Configuration.GetValue("Zeron:Logging:Json", false);
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                // EF logs the expected "history table does not exist yet" probe of a first migration as an error;
                // real command failures still surface as exceptions, logged where they are handled.
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore.Database.Command", LogEventLevel.Fatal)
                .MinimumLevel.Override("Hangfire", LogEventLevel.Warning)
                .Enrich.FromLogContext()
                .Enrich.With<ModuleEnricher>();
            if (json)
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(outputTemplate: Template, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });
    }

    public static void UseZeronRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(o =>
        {
            o.GetLevel = (http, _, ex) => LevelOf(http, ex);
            o.GetMessageTemplateProperties = (http, path, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(http.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(LoggedPath(path))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
        });

    /// <summary>
    /// Health probes every few seconds would drown everything else; a 503 is an outage the exception handler has
    /// already logged once as a warning (or readiness saying so), not a bug.
    /// </summary>
    internal static LogEventLevel LevelOf(HttpContext http, Exception? exception) => exception switch
    {
        not null => LogEventLevel.Error,
        _ when http.Response.StatusCode == StatusCodes.Status503ServiceUnavailable => LogEventLevel.Warning,
        _ when http.Response.StatusCode >= 500 => LogEventLevel.Error,
        _ when http.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal) => LogEventLevel.Verbose,
        _ => LogEventLevel.Information,
    };

    /// <summary>
    /// The path as logged: an invitation link's token is a credential (whoever holds it can create the account), so
    /// <c>/admin/invitations/{token}</c> is logged without it.
    /// </summary>
    internal static string LoggedPath(string path)
    {
        const string invitations = "/admin/invitations/";
        return path.StartsWith(invitations, StringComparison.OrdinalIgnoreCase) && path.Length > invitations.Length
            ? invitations + "{token}"
            : path;
    }
}

/// <summary>Adds <c>Module</c> to events that have none, from <c>SourceContext</c> (<c>Zeron.Accounts.X</c> → Accounts).</summary>
internal sealed class ModuleEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (logEvent.Properties.ContainsKey("Module"))
        {
            return;
        }

        var source = logEvent.Properties.TryGetValue("SourceContext", out var value) && value is ScalarValue { Value: string name } ? name : "";
        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("Module", ModuleNames.OfName(source)));
    }
}
