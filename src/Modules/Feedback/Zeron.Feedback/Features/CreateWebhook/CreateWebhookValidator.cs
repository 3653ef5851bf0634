using FluentValidation;
using Microsoft.Extensions.Options;
using Zeron.Feedback.Contracts.Webhooks;
using Zeron.Feedback.Domain;
using Zeron.Feedback.Webhooks;
using Zeron.SharedKernel.Network;

namespace Zeron.Feedback.Features.CreateWebhook;

internal sealed class CreateWebhookValidator : AbstractValidator<CreateWebhookCommand>
{
    public CreateWebhookValidator(OutboundGuard guard, IOptions<WebhookOptions> options)
    {
        RuleFor(c => c.Url)
            .Must(WebhookTargets.IsWellFormed)
            .WithMessage($"Give an absolute http(s) URL without user info, at most {WebhookTargets.MaxUrlLength} characters.");
        RuleFor(c => c.Url)
            .Must(url => Refusal(guard, options, url) is null)
            .When(c => WebhookTargets.IsWellFormed(c.Url))
            .WithMessage(c => $"Webhooks go to public addresses only: {Refusal(guard, options, c.Url)}.");
        RuleFor(c => c.Events)
            .NotEmpty().WithMessage("Choose at least one event.")
            .Must(events => events.All(WebhookEvents.All.Contains))
            .WithMessage($"Events are {string.Join(", ", WebhookEvents.All)}.");
    }

    private static string? Refusal(OutboundGuard guard, IOptions<WebhookOptions> options, string url) =>
        guard.RefusalOf(new Uri(url), options.Value.AllowPrivateTargets);
}
