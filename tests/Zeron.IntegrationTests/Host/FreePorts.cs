using System.Net;
using System.Net.Sockets;

namespace Zeron.IntegrationTests.Host;

/// <summary>Ports for the tests' own services (their own PostgreSQL and Redis).</summary>
internal static class FreePorts
{
    /// <summary>A port nobody listens on, from <paramref name="from"/> (below the ephemeral range, like the scripts' ports).</summary>
    public static int From(int from)
    {
        for (var port = from + Random.Shared.Next(300); ; port++)
        {
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // taken: try the next
            }
        }
    }
}
