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
            // Health probes every few seconds would drown everything else.
            o.GetLevel = (http, _, ex) => ex is not null || http.Response.StatusCode >= 500
                ? LogEventLevel.Error
                : http.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal) ? LogEventLevel.Verbose : LogEventLevel.Information;
        });
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
