namespace Zeron.Feedback.Webhooks;

/// <summary>
/// The shape of a webhook URL. Where it may point is the outbound guard's call
/// (<see cref="Zeron.SharedKernel.Network.OutboundGuard"/>): when the webhook is saved and again when connecting.
/// </summary>
internal static class WebhookTargets
{
    public const int MaxUrlLength = 2048;

    public static bool IsWellFormed(string? url) =>
        url is { Length: > 0 and <= MaxUrlLength }
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http"
        && uri.UserInfo.Length == 0
        && uri.Host.Length > 0
        && uri.Fragment.Length == 0;
}
