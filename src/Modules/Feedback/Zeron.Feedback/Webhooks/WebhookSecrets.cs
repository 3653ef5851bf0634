namespace Zeron.Feedback.Webhooks;

internal static class WebhookSecrets
{
    /// <summary>Data Protection purpose string: a secret protected for webhooks cannot be unprotected for anything else.</summary>
    public const string Purpose = "Zeron.Feedback.Webhooks.Secret.v1";
}
