namespace Zeron.Feedback.Webhooks;

/// <summary><c>Zeron:Webhooks</c> settings.</summary>
internal sealed class WebhookOptions
{
    public const string Section = "Zeron:Webhooks";

    /// <summary>
    /// Lets webhooks reach loopback, private and link-local addresses (<c>Zeron__Webhooks__AllowPrivateTargets=true</c>):
    /// for tests and for receivers inside the company's own network. Off by default (server-side request forgery).
    /// </summary>
    public bool AllowPrivateTargets { get; set; }
}
