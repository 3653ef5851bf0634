using Microsoft.AspNetCore.Http.Headers;
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

        var script = _script is { } known && known.LastModified == file.LastModified ? known : _script = WidgetScript.Load(file);
        return WriteAsync(context, script);
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

        var (body, encoding) = Accepts(request, "br") ? (script.Brotli, "br")
            : Accepts(request, "gzip") ? (script.Gzip, "gzip")
            : (script.Plain, null);
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

    /// <summary>The coding is listed (or covered by <c>*</c>) with a quality above zero.</summary>
    private static bool Accepts(RequestHeaders request, string coding)
    {
        var listed = request.AcceptEncoding.FirstOrDefault(a => a.Value.Equals(coding, StringComparison.OrdinalIgnoreCase))
            ?? request.AcceptEncoding.FirstOrDefault(a => a.Value.Equals("*", StringComparison.Ordinal));
        return listed is not null && (listed.Quality ?? 1) > 0;
    }
}
