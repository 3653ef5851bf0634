using Microsoft.AspNetCore.StaticFiles;

namespace Zeron.Web.Infrastructure;

/// <summary>
/// Static files from wwwroot. They already get a strong <c>ETag</c>, <c>Last-Modified</c> and 304 answers to
/// conditional GETs; this adds the headers anything under <c>/widget/…</c> needs on customers' sites. The widget
/// script itself is answered before this, pre-compressed, by <see cref="WidgetScriptMiddleware"/> with the same headers.
/// </summary>
internal static class ZeronStaticFiles
{
    public static readonly PathString WidgetPath = "/widget";

    /// <summary>
    /// The widget URL (<c>/widget/v1/zeron.js</c>) is not content-versioned: customers paste it once. An hour of
    /// freshness keeps their pages fast yet lets a fix reach every site within the hour; stale-while-revalidate lets
    /// browsers and CDNs use the old copy for a day while they fetch the new one in the background (a cheap 304 if unchanged).
    /// </summary>
    public const string WidgetCacheControl = "public, max-age=3600, stale-while-revalidate=86400";

    public static StaticFileOptions Options() => new() { OnPrepareResponse = PrepareResponse };

    private static void PrepareResponse(StaticFileResponseContext context)
    {
        var response = context.Context.Response;
        if (!context.Context.Request.Path.StartsWithSegments(WidgetPath, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (context.File.Name.EndsWith(".js", StringComparison.OrdinalIgnoreCase) && response.StatusCode < 400)
        {
            response.ContentType = "text/javascript; charset=utf-8";
        }

        AddWidgetHeaders(response);
    }

    /// <summary>What anything under <c>/widget</c> carries: its caching, and permission to be used by any site.</summary>
    public static void AddWidgetHeaders(HttpResponse response)
    {
        var headers = response.Headers;
        headers.CacheControl = WidgetCacheControl;
        // A <script> tag needs no CORS, but fetch-based loaders do; the file is public anyway.
        headers.AccessControlAllowOrigin = "*";
        headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        headers.XContentTypeOptions = "nosniff";
    }
}
