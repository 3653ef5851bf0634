using System.ClientModel;
using System.Net.Http;
using Anthropic.Exceptions;

namespace Zeron.Integrations.Llm.Providers;

/// <summary>
/// One provider attempt that failed, classified for the router: <see cref="Transient"/> failures (429, 408, 5xx and
/// 529, timeouts, connection errors, a broken stream) move on to the next provider and count towards its cooldown;
/// others (400, 401, 403, 404…) are the request's or the key's fault and end the call.
/// </summary>
internal sealed class LlmProviderFailure(string provider, string reason, bool transient, int? status, TimeSpan? retryAfter, Exception inner)
    : Exception($"{provider}: {reason}", inner)
{
    public string Provider { get; } = provider;

    /// <summary>Short and safe to store (a status or a kind, never a prompt or a key).</summary>
    public string Reason { get; } = reason;

    public bool Transient { get; } = transient;

    public int? Status { get; } = status;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>429 and 529 may be retried once on the same provider when it asks for a short wait.</summary>
    public bool RetryableHere(TimeSpan maxWait) => Status is 429 or 529 && RetryAfter is { } wait && wait <= maxWait;

    public static LlmProviderFailure From(string provider, Exception exception, ProviderProbe probe, bool timedOut)
    {
        if (timedOut)
        {
            return new(provider, "timeout", true, null, null, exception);
        }

        var status = probe.Status is >= 400 ? probe.Status : StatusOf(exception);
        if (status is { } code)
        {
            var transient = code is 408 or 429 or >= 500;
            return new(provider, $"HTTP {code}", transient, code, probe.RetryAfter, exception);
        }

        return exception switch
        {
            HttpRequestException or IOException or AnthropicIOException => new(provider, "connection error", true, null, null, exception),
            AnthropicSseException or AnthropicInvalidDataException => new(provider, "broken stream", true, null, null, exception),
            _ => new(provider, exception.GetType().Name, false, null, null, exception),
        };
    }

    private static int? StatusOf(Exception exception) => exception switch
    {
        AnthropicApiException api => (int)api.StatusCode,
        ClientResultException result when result.Status > 0 => result.Status,
        _ => null,
    };
}
