using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Scalar.AspNetCore;
using Zeron.SharedKernel.Http;

namespace Zeron.Web.Infrastructure;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and the Scalar reference at <c>/api/docs</c> (served locally).</summary>
internal static class ZeronOpenApi
{
    public const string JwtScheme = "Bearer";

    public const string ApiKeyScheme = "ApiKey";

    public static void AddZeronOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Zeron API",
                    Version = "v1",
                    Description = "Send `Authorization: Bearer <token>` with a JWT from POST /api/v1/auth/token or an API key (zk_…). " +
                        "Organization routes answer 404 to callers who are not members. Errors are RFC 9457 problem details with a `traceId`.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[JwtScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "A short-lived access token from POST /api/v1/auth/token (`expiresIn` seconds).",
                };
                document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "zk_…",
                    Description = "An organization's API key (`zk_…`, created by an Admin), sent as `Authorization: Bearer zk_…`. " +
                        "It acts with its role in its organization only; user-only operations answer 403.",
                };
                // Either scheme: two requirement objects are alternatives.
                document.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(JwtScheme, document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, document)] = [] },
                ];
                return Task.CompletedTask;
            });
            // Anonymous routes (token issue, the public widget API) take no Bearer token: an empty list overrides the document's.
            o.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
                {
                    operation.Security = [];
                }

                return Task.CompletedTask;
            });
            o.AddOperationTransformer(async (operation, context, ct) =>
            {
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<JsonRequestBody>().FirstOrDefault() is { } body)
                {
                    operation.RequestBody = new OpenApiRequestBody
                    {
                        Required = true,
                        Content = new Dictionary<string, OpenApiMediaType>
                        {
                            ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(body.Type, cancellationToken: ct) },
                        },
                    };
                }
            });
            o.AddOperationTransformer((operation, context, _) =>
            {
                OpenApiExamples.Apply(operation, context);
                return Task.CompletedTask;
            });
            o.AddOperationTransformer(OpenApiResponses.ApplyAsync);
            o.AddSchemaTransformer(OpenApiRequestSchemas.ApplyAsync);
            o.AddSchemaTransformer(OpenApiProblemSchema.ApplyAsync);
        });

    public static void MapZeronOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Zeron API").WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts() // no fonts from Scalar's CDN: the page loads nothing from elsewhere
            // None of Scalar's hosted services: its toolbar (Configure, Share, Generate SDK, Deploy), the AI chat, MCP,
            // the sidebar's "Open API Client" and the telemetry of requests sent from the page. "Test Request" stays: it
            // calls this server.
            .HideDeveloperTools()
            .DisableAgent()
            .DisableMcp()
            .HideClientButton()
            .DisableTelemetry()
            .AddHeaderContent(ApiDocsHeader)
            .WithCustomCss(ApiDocsCss)
            .WithNonce()); // its inline start-up script, allowed by SecurityHeaders' CSP
    }

    /// <summary>A way back to the admin UI above the reference.</summary>
    private const string ApiDocsHeader = """<nav class="zeron-docs-header" aria-label="Zeron"><a href="/admin">← Back to Zeron admin</a></nav>""";

    /// <summary>The header's look (Scalar injects it as a style element, which the page's policy allows), and no "Powered by Scalar" link.</summary>
    private const string ApiDocsCss = """
        .zeron-docs-header { padding: .5rem 1rem; font: 600 14px/1.5 system-ui, sans-serif; border-bottom: 1px solid var(--scalar-border-color); background: var(--scalar-background-1); }
        .zeron-docs-header a { color: var(--scalar-color-accent); }
        a[href^="https://scalar.com"] { display: none; }
        """;
}
