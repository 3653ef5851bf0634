using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Zeron.Web.Infrastructure;

/// <summary>
/// Brotli and gzip for the text we serve to browsers and integrators: scripts (the widget), styles, JSON and SVG.
/// HTML is left out on purpose: admin pages carry antiforgery tokens next to echoed input, the BREACH pattern that
/// makes compression over HTTPS unsafe. <c>application/problem+json</c> is not listed either, so error answers
/// go out exactly as written. Anything else (Hangfire's dashboard included) is compressed only if its type is here.
/// </summary>
internal static class ZeronCompression
{
    public static readonly string[] MimeTypes =
        ["text/javascript", "application/javascript", "text/css", "application/json", "image/svg+xml"];

    public static IServiceCollection AddZeronCompression(this IServiceCollection services) =>
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = MimeTypes;
        })
        // Gzip at its best level (zlib 9) and Brotli at its balanced one cost little on answers this small (API JSON,
        // the admin's CSS and JS) and send ~20 % less than the defaults (Fastest). Brotli's best (11) would cost
        // milliseconds per answer; the widget script gets it anyway, compressed once ahead (WidgetScript).
        .Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.SmallestSize)
        .Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
}
