namespace Zeron.Web.Infrastructure;

/// <summary>
/// The admin UI's error pages (<c>Pages/Error.cshtml</c>) for every HTML route: an error status without a body — from a
/// page, routing, or an exception to which <see cref="ApiExceptionHandler"/> gave only a status — is re-executed there,
/// keeping the address and the status. The API (RFC 9457 problems, see
/// <see cref="ApiProblemDetails"/>), the OpenAPI document, the health checks and the widget script keep their own answers.
/// </summary>
internal static class ErrorPages
{
    private const string StatusPathFormat = "/error/{0}";

    public static bool Serve(HttpRequest request) =>
        !(ApiProblemDetails.IsApi(request)
            || request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments(ZeronStaticFiles.WidgetPath, StringComparison.OrdinalIgnoreCase));

    /// <summary>Error statuses without a body on HTML routes become the error page (the inner <see cref="ApiProblemDetails.UseApiStatusCodePages"/> leaves them alone).</summary>
    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app) =>
        app.UseWhen(context => Serve(context.Request), html => html.UseStatusCodePagesWithReExecute(StatusPathFormat));
}
