using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Zeron.Tests.Shared;

namespace Zeron.BrowserTests.Widget;

/// <summary>
/// A customer's site for the widget: a tiny Kestrel server on another loopback port (so another origin than Zeron)
/// serving HTML pages the test registers by path.
/// </summary>
public sealed class HostPageServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> _pages = new(StringComparer.Ordinal);
    private readonly WebApplication _app;

    private HostPageServer(WebApplication app) => _app = app;

    /// <summary>The site's origin (<c>http://127.0.0.1:{port}</c>), as a browser sends it in <c>Origin</c>.</summary>
    public string Origin { get; private set; } = "";

    public static async Task<HostPageServer> StartAsync()
    {
        HostPageServer? server = null;
        var (app, origin) = await LoopbackServer.StartAsync(app => app.Run(async http =>
        {
            if (server!._pages.TryGetValue(http.Request.Path.Value ?? "", out var html))
            {
                http.Response.ContentType = "text/html; charset=utf-8";
                http.Response.Headers.CacheControl = "no-store";
                await http.Response.WriteAsync(html);
            }
            else
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
            }
        }));
        server = new HostPageServer(app) { Origin = origin };
        return server;
    }

    /// <summary>Serves <paramref name="html"/> at <paramref name="path"/> and returns the page's absolute URL.</summary>
    public string Serve(string path, string html)
    {
        _pages[path] = html;
        return Origin + path;
    }

    public ValueTask DisposeAsync() => new(LoopbackServer.StopAsync(_app));
}
