using Mediator;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Webhooks;
using Zeron.Feedback.Data;
using Zeron.Feedback.Domain;
using Zeron.Feedback.Webhooks;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.CreateWebhook;

/// <summary>
/// Saves a webhook with a new secret. Zeron has to read the secret to sign, so it is encrypted with Data Protection
/// (not hashed) and returned only in this response.
/// </summary>
internal sealed class CreateWebhookHandler(FeedbackDbContext db, IDataProtectionProvider protection, TimeProvider clock)
    : ICommandHandler<CreateWebhookCommand, Result<CreatedWebhookDto>>
{
    public ValueTask<Result<CreatedWebhookDto>> Handle(CreateWebhookCommand command, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<CreatedWebhookDto>(command.OrganizationId, async () =>
        {
            if (!await db.Projects.AnyAsync(p => p.Id == command.ProjectId && p.OrganizationId == command.OrganizationId, cancellationToken))
            {
                return ProjectErrors.NotFound;
            }

            if (await db.Webhooks.CountAsync(w => w.ProjectId == command.ProjectId && w.OrganizationId == command.OrganizationId, cancellationToken) >= WebhookErrors.MaxPerProject)
            {
                return WebhookErrors.TooMany;
            }

            var secret = WebhookSignature.NewSecret();
            var webhook = new Webhook
            {
                Id = Guid.CreateVersion7(),
                OrganizationId = command.OrganizationId,
                ProjectId = command.ProjectId,
                Url = command.Url,
                Events = [.. WebhookEvents.All.Where(command.Events.Contains)],
                ProtectedSecret = protection.CreateProtector(WebhookSecrets.Purpose).Protect(secret),
                CreatedAt = clock.GetUtcNow(),
            };
            db.Webhooks.Add(webhook);
            return new CreatedWebhookDto(webhook.Id, webhook.Url, webhook.Events, secret, webhook.CreatedAt);
        }, cancellationToken);
}
