using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Zeron.Tests.Shared;

/// <summary>A small Kestrel app on a free loopback port, for the outside parties of a test (a customer's site, a webhook receiver).</summary>
public static class LoopbackServer
{
    /// <param name="map">Adds the app's endpoints or middleware before it starts.</param>
    /// <returns>The started app and its origin (<c>http://127.0.0.1:{port}</c>).</returns>
    public static async Task<(WebApplication App, string Origin)> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address).GetLeftPart(UriPartial.Authority));
    }

    public static async Task StopAsync(WebApplication app)
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
