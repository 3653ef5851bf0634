using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Messaging;
using Zeron.SharedKernel.Tenancy;
using Zeron.Web.Infrastructure.Backups;

namespace Zeron.Web.Infrastructure;

/// <summary>Cross-cutting host services and the HTTP pipeline, in the order they must run.</summary>
internal static class ZeronHost
{
    public static WebApplicationBuilder AddZeronHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var limits = ApiLimits.From(builder.Configuration);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = limits.MaxRequestBodyBytes);
        services.AddSingleton(limits);
        services.AddSingleton(TimeProvider.System);

        builder.AddZeronLogging();
        services.AddZeronForwardedHeaders(builder.Configuration);
        services.AddZeronSecurityHeaders();
        services.AddZeronShutdown(builder.Configuration);
        services.AddApiProblemDetails();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.MaxDepth = 32;
            // Numbers are JSON numbers: the web defaults also read "5" as 5, which the OpenAPI document then types as `integer | string`.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddZeronOpenApi();
        services.AddZeronCompression();
        services.AddZeronRedis(builder.Configuration);
        services.AddZeronHealthChecks(builder.Configuration);
        services.AddZeronJobs(builder.Configuration);
        services.AddZeronBackups(builder.Configuration);
        services.AddTenancy();
        services.AddRouting(o => o.LowercaseUrls = true);
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin");
            o.Conventions.AllowAnonymousToPage("/Admin/Login");
            o.Conventions.AllowAnonymousToPage("/Admin/Denied");
        });
        return builder;
    }

    public static WebApplication UseZeronPipeline(this WebApplication app)
    {
        // Forwarded headers first (when a proxy is configured) so everything after sees the client's address and scheme.
        app.UseZeronForwardedHeaders();
        // Request logging is outermost so it records the final status, not exceptions that become 4xx answers.
        app.UseZeronRequestLogging();
        app.UseZeronSecurityHeaders();
        // Outside the exception handler and the status-code pages: re-executes the error page for what they leave bodiless.
        app.UseErrorPages();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // An outage is logged once, as a warning without a stack trace, by the handler that answers it.
            SuppressDiagnosticsCallback = c => c.Exception is RequestValidationException or BadHttpRequestException
                || Outages.Classify(c.Exception) is not null,
        });
        app.UseApiStatusCodePages();
        app.UseMiddleware<ApiRequestBodyLimit>();
        app.UseMiddleware<WidgetScriptMiddleware>();
        app.UseResponseCompression();
        app.UseStaticFiles(ZeronStaticFiles.Options());
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<ParameterValueCheck>();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapZeronEndpoints(this WebApplication app)
    {
        app.MapZeronHealthChecks();
        app.MapZeronOpenApi();
        app.MapZeronJobsDashboard();
        app.MapRazorPages();
        app.MapGet("/", () => Results.Redirect("/admin")).ExcludeFromDescription();
        app.MapZeronModules();
        return app;
    }
}
