using System.Net;
using Zeron.SharedKernel.Http;

namespace Zeron.Web.Infrastructure;

/// <summary>
/// The admin UI's answer while a dependency is down (503): a page of its own, not the Razor layout, because rendering
/// that runs the page's model and the signed-in shell, which read the database that is gone. It looks like the
/// layout's signed-out pages (same stylesheet, a static file) and reloads itself after <c>Retry-After</c>.
/// </summary>
internal static class OutagePage
{
    public static Task WriteAsync(HttpContext http, Outage outage)
    {
        var what = outage.Dependency == Outage.PostgreSql ? "its database" : WebUtility.HtmlEncode(outage.Dependency);
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        return http.Response.WriteAsync(
            $"""
            <!doctype html>
            <html lang="en">
            <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="{Outages.RetryAfter}">
                <title>Unavailable · Zeron</title>
                <link rel="icon" href="data:,">
                <link rel="stylesheet" href="/css/zeron.css">
            </head>
            <body>
            <main class="centered">
            <section class="card narrow">
                <h1>Zeron cannot reach {what}</h1>
                <p>Nothing you did caused this, and nothing was saved from this request. The page tries again by itself
                every {Outages.RetryAfter} seconds; once {what} answers again, Zeron carries on without a restart.</p>
            </section>
            </main>
            </body>
            </html>
            """,
            http.RequestAborted);
    }
}
