namespace Zeron.Web.Infrastructure;

/// <summary>
/// The admin UI's error pages (<c>Pages/Error.cshtml</c>) for every HTML route: a 4xx without a body and an unhandled
/// exception are re-executed there, keeping the address and the status. The API (RFC 9457 problems, see
/// <see cref="ApiProblemDetails"/>), the OpenAPI document, the health checks and the widget script keep their own answers.
/// </summary>
internal static class ErrorPages
{
    /// <summary>Where an unhandled exception of an HTML route is answered (with the status the exception handler chose).</summary>
    public static readonly PathString ExceptionPath = "/error/500";

    private const string StatusPathFormat = "/error/{0}";

    public static bool Serve(HttpRequest request) =>
        !(ApiProblemDetails.IsApi(request)
            || request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments(ZeronStaticFiles.WidgetPath, StringComparison.OrdinalIgnoreCase));

    /// <summary>Status codes without a body on HTML routes become the error page; everything else goes on to <see cref="ApiProblemDetails.UseApiStatusCodePages"/>.</summary>
    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app) =>
        app.UseWhen(context => Serve(context.Request), html => html.UseStatusCodePagesWithReExecute(StatusPathFormat));
}
