using System.Security.Cryptography;
using System.Text;
using Hangfire;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Data;
using Zeron.Feedback.Domain;
using Zeron.SharedKernel.Jobs;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Webhooks;

/// <summary>
/// Sends one delivery (a Hangfire job on the <c>webhooks</c> queue, keyed by the delivery, which is unique per webhook
/// and event). Any answer but 2xx, a redirect, a timeout or a refused target records the
/// attempt and throws, so Hangfire retries it after 30 s, 2 min, 10 min, 30 min, 1 h, 3 h and 6 h (about 11 hours in
/// all); after <see cref="MaxAttempts"/> the delivery is marked Failed. No database transaction is held open while
/// the receiver answers. Each attempt is signed afresh (new <c>t=</c>) over the same body.
/// </summary>
internal sealed class WebhookDeliveryJob(FeedbackDbContext db, IHttpClientFactory http, IDataProtectionProvider protection, TimeProvider clock)
{
    public const int MaxAttempts = 8;
    public const string UnreadableSecret =
        "The webhook's secret cannot be read on this server (its Data Protection key is unavailable, or the stored value is damaged); nothing was sent.";
    private const int MaxErrorLength = 1000;

    [Queue(JobQueues.Webhooks)]
    [AutomaticRetry(Attempts = MaxAttempts - 1, DelaysInSeconds = [30, 120, 600, 1800, 3600, 10800, 21600], OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task DeliverAsync(Guid organizationId, Guid deliveryId, CancellationToken cancellationToken)
    {
        var target = await LoadAsync(organizationId, deliveryId, cancellationToken);
        if (target is null)
        {
            return; // deleted with its webhook or project, or already settled by an earlier run
        }

        var (statusCode, error) = await SendAsync(target, cancellationToken);
        var now = clock.GetUtcNow();
        await using var transaction = await db.BeginTenantTransactionAsync(organizationId, cancellationToken);
        var attempts = await db.WebhookDeliveries.Where(d => d.Id == deliveryId && d.OrganizationId == organizationId)
            .Select(d => d.Attempts).SingleOrDefaultAsync(cancellationToken) + 1;
        var settled = error is null || attempts >= MaxAttempts;
        var status = error is null ? DeliveryStatus.Succeeded : settled ? DeliveryStatus.Failed : DeliveryStatus.Pending;
        await db.WebhookDeliveries.Where(d => d.Id == deliveryId && d.OrganizationId == organizationId && d.Status == DeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Attempts, attempts)
                .SetProperty(d => d.LastStatusCode, statusCode)
                .SetProperty(d => d.LastError, error)
                .SetProperty(d => d.Status, status)
                .SetProperty(d => d.CompletedAt, settled ? now : null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (!settled)
        {
            throw new WebhookDeliveryFailedException($"Webhook delivery {deliveryId} failed on attempt {attempts}: {error}");
        }
    }

    private async Task<DeliveryTarget?> LoadAsync(Guid organizationId, Guid deliveryId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTenantTransactionAsync(organizationId, cancellationToken);
        var target = await (
                from d in db.WebhookDeliveries
                join w in db.Webhooks on d.WebhookId equals w.Id
                where d.Id == deliveryId && d.OrganizationId == organizationId && d.Status == DeliveryStatus.Pending
                select new DeliveryTarget(d.Id, d.EventType, d.Payload, w.Url, w.ProtectedSecret))
            .AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return target;
    }

    private async Task<(int? StatusCode, string? Error)> SendAsync(DeliveryTarget target, CancellationToken cancellationToken)
    {
        string secret;
        try
        {
            secret = protection.CreateProtector(WebhookSecrets.Purpose).Unprotect(target.ProtectedSecret);
        }
        catch (CryptographicException)
        {
            // The key that protects the secret is not readable here (its key was deleted, or the stored value is damaged).
            // Recorded like any failed attempt, so it shows in the delivery log and is retried.
            return (null, UnreadableSecret);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = new StringContent(target.Payload, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Create(secret, clock.GetUtcNow().ToUnixTimeSeconds(), target.Payload));
        request.Headers.Add("X-Zeron-Event", target.EventType);
        request.Headers.Add("X-Zeron-Delivery", target.Id.ToString());
        try
        {
            using var response = await http.CreateClient(WebhookHttpClient.Name).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var code = (int)response.StatusCode;
            return (code, response.IsSuccessStatusCode ? null : $"The receiver answered HTTP {code}.");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var message = ex is TaskCanceledException ? "The receiver did not answer within 10 seconds." : ex.Message;
            return (null, message.Length > MaxErrorLength ? message[..MaxErrorLength] : message);
        }
    }

    private sealed record DeliveryTarget(Guid Id, string EventType, string Payload, string Url, string ProtectedSecret);
}

internal sealed class WebhookDeliveryFailedException(string message) : Exception(message);
