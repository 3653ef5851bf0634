using Microsoft.AspNetCore.CookiePolicy;
using Scalar.AspNetCore;

namespace Zeron.Web.Infrastructure;

/// <summary>
/// Security headers on every answer, chosen by path when the response starts (so error pages get them too), plus
/// HSTS and <c>Secure</c> cookies when the request came over HTTPS (after <see cref="ZeronForwardedHeaders"/>).
/// <list type="bullet">
/// <item>Admin UI, <c>/demo</c> and everything else: <see cref="DocumentPolicy"/> — scripts and styles only from this
/// origin (no inline script, no inline style: the pages' behaviour is in <c>wwwroot/js/admin.js</c>), never framed.</item>
/// <item><c>/api/…</c>, <c>/openapi</c>, <c>/health</c>: <see cref="ApiPolicy"/>, nothing may load or frame them. The
/// widget API is called by <c>fetch</c> from customers' pages, which a response's CSP does not restrict.</item>
/// <item><c>/api/docs</c> (Scalar): its inline start-up script carries a per-request nonce; its bundle evaluates code
/// and injects styles (<see cref="ApiDocsPolicy"/>).</item>
/// <item><c>/admin/jobs</c> (Hangfire): scripts from this origin, but its pages carry <c>style</c> attributes.</item>
/// <item><c>/widget/…</c>: a script customers' pages load; it keeps only <c>nosniff</c> and its cross-origin headers
/// (<see cref="ZeronStaticFiles.AddWidgetHeaders"/>). The widget draws in a shadow root, not a frame.</item>
/// </list>
/// </summary>
internal static class SecurityHeaders
{
    public const string DocumentPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    public const string JobsDashboardPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()";

    private static readonly PathString ApiDocs = "/api/docs";
    private static readonly PathString JobsDashboard = "/admin/jobs";

    public static void AddZeronSecurityHeaders(this IServiceCollection services)
    {
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        // Every cookie (sign-in, antiforgery, the current organization) is Secure when the request is HTTPS.
        services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.SameAsRequest);
    }

    public static void UseZeronSecurityHeaders(this WebApplication app)
    {
        app.UseHsts(); // HTTPS requests only, and never for localhost
        app.UseCookiePolicy();
        app.Use((context, next) =>
        {
            // The path as requested: the jobs dashboard rewrites Path (and PathBase) before the response starts.
            var path = context.Request.PathBase.Add(context.Request.Path);
            context.Response.OnStarting(() => Apply(context, path));
            return next(context);
        });
    }

    /// <summary>
    /// The Scalar page's policy: its start-up script by nonce, its own bundle — which compiles code at run time
    /// (<c>eval</c> in <c>scalar.js</c>, reported by Chromium), hence <c>'unsafe-eval'</c> on this page alone — and the
    /// styles it injects.
    /// </summary>
    public static string ApiDocsPolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static Task Apply(HttpContext context, PathString path)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        if (path.StartsWithSegments(ZeronStaticFiles.WidgetPath, StringComparison.OrdinalIgnoreCase))
        {
            return Task.CompletedTask;
        }

        headers.XFrameOptions = "DENY";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers.ContentSecurityPolicy = Policy(context, path);
        return Task.CompletedTask;
    }

    private static string Policy(HttpContext context, PathString path)
    {
        if (path.StartsWithSegments(ApiDocs, StringComparison.OrdinalIgnoreCase))
        {
            return context.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce ? ApiDocsPolicy(nonce) : ApiPolicy;
        }

        if (path.StartsWithSegments(JobsDashboard, StringComparison.OrdinalIgnoreCase))
        {
            return JobsDashboardPolicy;
        }

        return path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
            ? ApiPolicy
            : DocumentPolicy;
    }
}
