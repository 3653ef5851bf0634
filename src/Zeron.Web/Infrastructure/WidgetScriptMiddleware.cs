using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Zeron.Web.Infrastructure;

/// <summary>
/// Serves <c>/widget/v1/zeron.js</c> from memory, pre-compressed (<see cref="WidgetScript"/>), before response
/// compression and static files would: GET and HEAD, Brotli or gzip as the client accepts, 304 to a matching
/// <c>If-None-Match</c> or a fresh <c>If-Modified-Since</c>, and the widget's caching and cross-origin headers.
/// A changed file on disk (a deployment, or editing it in development) is picked up on the next request.
/// </summary>
internal sealed class WidgetScriptMiddleware(RequestDelegate next, IWebHostEnvironment environment)
{
    /// <summary>The one URL customers paste (<see cref="Pages.Admin.Feedback.EmbedSnippet"/>); never content-versioned.</summary>
    public const string ScriptPath = "/widget/v1/zeron.js";

    private readonly Lock _loading = new();
    private volatile WidgetScript? _script;

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.Equals(ScriptPath, StringComparison.Ordinal) || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            return next(context);
        }

        var file = environment.WebRootFileProvider.GetFileInfo(ScriptPath);
        if (!file.Exists)
        {
            return next(context);
        }

        return WriteAsync(context, Current(file));
    }

    /// <summary>The loaded script, loaded again only when the file changed; one request compresses, others wait for it.</summary>
    private WidgetScript Current(IFileInfo file)
    {
        if (_script is { } known && known.LastModified == file.LastModified)
        {
            return known;
        }

        lock (_loading)
        {
            return _script is { } loaded && loaded.LastModified == file.LastModified ? loaded : _script = WidgetScript.Load(file);
        }
    }

    private static Task WriteAsync(HttpContext context, WidgetScript script)
    {
        var response = context.Response;
        var typed = response.GetTypedHeaders();
        ZeronStaticFiles.AddWidgetHeaders(response);
        typed.ETag = script.ETag;
        typed.LastModified = script.LastModified;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        var request = context.Request.GetTypedHeaders();
        if (IsNotModified(request, script))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        var (body, encoding) = Preferred(request) switch
        {
            "br" => (script.Brotli, "br"),
            "gzip" => (script.Gzip, "gzip"),
            _ => (script.Plain, (string?)null),
        };
        response.ContentType = "text/javascript; charset=utf-8";
        response.ContentLength = body.Length;
        if (encoding is not null)
        {
            response.Headers.ContentEncoding = encoding;
        }

        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    /// <summary>RFC 9110 §13.1: If-None-Match (weak comparison) wins over If-Modified-Since.</summary>
    private static bool IsNotModified(RequestHeaders request, WidgetScript script)
    {
        if (request.IfNoneMatch.Count > 0)
        {
            return request.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(script.ETag, useStrongComparison: false));
        }

        return request.IfModifiedSince is { } since && script.LastModified.AddTicks(-(script.LastModified.Ticks % TimeSpan.TicksPerSecond)) <= since;
    }

    /// <summary>
    /// The coding the client rates highest (RFC 9110 §12.5.3; <c>*</c> stands for any coding not listed), Brotli on a tie
    /// since it is smaller; null (no coding) if neither is acceptable.
    /// </summary>
    private static string? Preferred(RequestHeaders request)
    {
        double Quality(string coding)
        {
            var listed = request.AcceptEncoding.FirstOrDefault(a => a.Value.Equals(coding, StringComparison.OrdinalIgnoreCase))
                ?? request.AcceptEncoding.FirstOrDefault(a => a.Value.Equals("*", StringComparison.Ordinal));
            return listed is null ? 0 : listed.Quality ?? 1;
        }

        var (brotli, gzip) = (Quality("br"), Quality("gzip"));
        return brotli > 0 && brotli >= gzip ? "br" : gzip > 0 ? "gzip" : null;
    }
}
