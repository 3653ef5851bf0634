using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Zeron.SharedKernel.Network;

namespace Zeron.Integrations.Connections.Clients;

/// <summary>
/// The named HttpClient the Jira and GitHub clients send through: behind the outbound guard (as the checks), each
/// attempt timed out, and a rate-limited answer (<see cref="RateLimitWait"/>) tried again at most
/// <see cref="MaxRetries"/> times after the wait it names; any other failure goes to the caller at once.
/// </summary>
internal static class ServiceApiHttpClient
{
    public const string Name = "zeron-service-apis";

    public const int MaxRetries = 2;

    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    public static void AddServiceApiHttpClient(this IServiceCollection services) =>
        services.AddHttpClient(Name, c =>
            {
                // The attempts, their waits and a margin: each attempt has its own timeout below.
                c.Timeout = (AttemptTimeout * (MaxRetries + 1)) + (RateLimitWait.MaxWait * MaxRetries) + TimeSpan.FromSeconds(10);
                c.MaxResponseContentBufferSize = 16 * 1024 * 1024;
                c.DefaultRequestHeaders.UserAgent.ParseAdd("Zeron/1.0");
            })
            .AddOutboundGuard(configure: handler => handler.ConnectTimeout = TimeSpan.FromSeconds(5))
            .AddResilienceHandler("rate-limits", (pipeline, context) =>
            {
                var clock = context.ServiceProvider.GetRequiredService<TimeProvider>();
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = MaxRetries,
                    ShouldRetryAfterHeader = false,
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } r && RateLimitWait.WaitBefore(r, clock.GetUtcNow()) is not null),
                    DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } r ? RateLimitWait.WaitBefore(r, clock.GetUtcNow()) : null),
                });
                pipeline.AddTimeout(AttemptTimeout);
            });
}
