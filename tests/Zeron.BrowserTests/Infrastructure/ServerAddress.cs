using Zeron.Tests.Shared;

namespace Zeron.BrowserTests.Infrastructure;

public static class ServerAddress
{
    /// <summary>
    /// The address Kestrel really listens on, read from the server itself (not from the factory's client options),
    /// so the browser and raw <see cref="HttpClient"/>s go over a real socket.
    /// </summary>
    public static Uri KestrelAddress(this ZeronAppFactory app) => app.BaseAddress;

    /// <summary>A plain client over the network (no in-memory handler), optionally with <c>Authorization: Bearer</c>.</summary>
    public static HttpClient CreateNetworkClient(this ZeronAppFactory app, string? bearer = null)
    {
        var client = new HttpClient { BaseAddress = app.KestrelAddress(), Timeout = TimeSpan.FromSeconds(30) };
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }
}
