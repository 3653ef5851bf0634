namespace Zeron.Feedback.Webhooks;

/// <summary><c>Zeron:Webhooks</c> settings.</summary>
internal sealed class WebhookOptions
{
    public const string Section = "Zeron:Webhooks";

    /// <summary>
    /// Lets webhooks reach loopback, private and other non-public addresses (<c>Zeron__Webhooks__AllowPrivateTargets=true</c>),
    /// as <c>Zeron__Network__AllowPrivateTargets=true</c> does for every outbound connection: for tests and for
    /// receivers inside the company's own network. Off by default (server-side request forgery).
    /// </summary>
    public bool AllowPrivateTargets { get; set; }
}
