using FluentValidation;
using Microsoft.Extensions.Options;
using Zeron.Feedback.Contracts.Webhooks;
using Zeron.Feedback.Domain;
using Zeron.Feedback.Webhooks;

namespace Zeron.Feedback.Features.CreateWebhook;

internal sealed class CreateWebhookValidator : AbstractValidator<CreateWebhookCommand>
{
    public CreateWebhookValidator(IOptions<WebhookOptions> options)
    {
        RuleFor(c => c.Url)
            .Must(WebhookTargets.IsWellFormed)
            .WithMessage($"Give an absolute http(s) URL without user info, at most {WebhookTargets.MaxUrlLength} characters.");
        RuleFor(c => c.Url)
            .Must(url => !WebhookTargets.NamesPrivateHost(url))
            .When(c => !options.Value.AllowPrivateTargets && WebhookTargets.IsWellFormed(c.Url))
            .WithMessage("Webhooks go to public addresses only: loopback, private and link-local targets are refused.");
        RuleFor(c => c.Events)
            .NotEmpty().WithMessage("Choose at least one event.")
            .Must(events => events.All(WebhookEvents.All.Contains))
            .WithMessage($"Events are {string.Join(", ", WebhookEvents.All)}.");
    }
}
