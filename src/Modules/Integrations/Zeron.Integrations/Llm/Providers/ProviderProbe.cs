using System.Net.Http;

namespace Zeron.Integrations.Llm.Providers;

/// <summary>
/// What the last HTTP response of one provider attempt said (status, <c>Retry-After</c>): the SDKs' exceptions do not
/// carry the header, so <see cref="ProviderProbeHandler"/> notes it here for the attempt that is running (async-local).
/// </summary>
internal sealed class ProviderProbe
{
    private static readonly AsyncLocal<ProviderProbe?> CurrentProbe = new();

    public int? Status { get; private set; }

    public TimeSpan? RetryAfter { get; private set; }

    public static ProviderProbe? Current => CurrentProbe.Value;

    /// <summary>Starts observing the calls made from here on (down the same async flow).</summary>
    public static ProviderProbe Begin() => CurrentProbe.Value = new ProviderProbe();

    public void Observe(HttpResponseMessage response, DateTimeOffset now)
    {
        Status = (int)response.StatusCode;
        var header = response.Headers.RetryAfter;
        RetryAfter = header?.Delta ?? (header?.Date is { } date ? (date - now) < TimeSpan.Zero ? TimeSpan.Zero : date - now : null);
    }
}

/// <summary>On the providers' HttpClients: reports each response to the running <see cref="ProviderProbe"/>.</summary>
internal sealed class ProviderProbeHandler(TimeProvider clock) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        ProviderProbe.Current?.Observe(response, clock.GetUtcNow());
        return response;
    }
}
