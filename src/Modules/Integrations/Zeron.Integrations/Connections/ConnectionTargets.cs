using Zeron.SharedKernel.Network;

namespace Zeron.Integrations.Connections;

/// <summary>
/// The shape of a connection's base URL and whether it may be saved. Where it may point is the outbound guard's call
/// (<see cref="OutboundGuard"/>), here and again when connecting. Secrets travel over https; plain http is accepted only
/// where <c>Zeron__Network__AllowPrivateTargets</c> lets connections reach services inside the network (and tests).
/// </summary>
internal static class ConnectionTargets
{
    public static bool IsWellFormed(string? url) =>
        url is { Length: > 0 and <= Domain.Connection.MaxUrlLength }
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http"
        && uri.UserInfo.Length == 0
        && uri.Host.Length > 0
        && uri.Query.Length == 0
        && uri.Fragment.Length == 0;

    /// <summary>Why <paramref name="url"/> (well formed) may not be saved; null when it may.</summary>
    public static string? RefusalOf(OutboundGuard guard, string url)
    {
        var uri = new Uri(url);
        if (uri.Scheme == "http" && !guard.AllowsPrivateTargets())
        {
            return "API keys are sent over https only";
        }

        return guard.RefusalOf(uri) is { } why ? $"connections go to public addresses only: {why}" : null;
    }

    /// <summary>The form stored: absolute, without a trailing slash.</summary>
    public static string Normalize(string url) => new Uri(url).AbsoluteUri.TrimEnd('/');
}
