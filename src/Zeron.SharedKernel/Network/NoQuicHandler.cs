namespace Zeron.SharedKernel.Network;

/// <summary>
/// Keeps guarded requests on TCP: HTTP/3 runs over QUIC, which <see cref="System.Net.Http.SocketsHttpHandler"/> opens
/// without its <c>ConnectCallback</c>, so a request asking for 3.0 (or for "this version or higher", which an
/// <c>Alt-Svc</c> answer can upgrade) would bypass the guard. Such requests are sent as HTTP/2 or lower.
/// </summary>
internal sealed class NoQuicHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Version.Major >= 3)
        {
            request.Version = System.Net.HttpVersion.Version20;
        }

        request.VersionPolicy = HttpVersionPolicy.RequestVersionOrLower;
        return base.SendAsync(request, cancellationToken);
    }
}
