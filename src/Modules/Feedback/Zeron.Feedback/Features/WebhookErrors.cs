using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features;

internal static class WebhookErrors
{
    public const int MaxPerProject = 10;

    public static readonly Error NotFound = Error.NotFound("webhook.not_found", "Webhook not found.");

    public static readonly Error TooMany = Error.Conflict("webhook.limit_reached", $"A project can have at most {MaxPerProject} webhooks.");
}
