using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Zeron.Integrations.Llm.Providers;

/// <summary>
/// One attempt on one provider: bounded by its timeout (the whole call, or until the first streamed token), failures
/// turned into <see cref="LlmProviderFailure"/>. A stream's updates before its first text (Anthropic's
/// <c>message_start</c>, role-only chunks) are held back until text arrives, so the failover client above sees no
/// output, and may still fail over, until a token really exists.
/// </summary>
internal sealed class ProviderAttemptChatClient(IChatClient inner, string provider, TimeSpan timeout) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var probe = ProviderProbe.Begin();
        using var deadline = Deadline(cancellationToken);
        try
        {
            return await base.GetResponseAsync(messages, options, deadline.Token);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw LlmProviderFailure.From(provider, exception, probe, timedOut: deadline.IsCancellationRequested);
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var probe = ProviderProbe.Begin();
        using var deadline = Deadline(cancellationToken);
        var held = new List<ChatResponseUpdate>();
        await using var updates = base.GetStreamingResponseAsync(messages, options, deadline.Token).GetAsyncEnumerator(deadline.Token);
        while (await NextAsync(updates, probe, deadline, cancellationToken))
        {
            var update = updates.Current;
            if (held is null)
            {
                yield return update;
                continue;
            }

            held.Add(update);
            if (!string.IsNullOrEmpty(update.Text))
            {
                deadline.CancelAfter(Timeout.InfiniteTimeSpan);
                foreach (var early in held)
                {
                    yield return early;
                }

                held = null;
            }
        }

        foreach (var late in held ?? [])
        {
            yield return late;
        }
    }

    private async Task<bool> NextAsync(IAsyncEnumerator<ChatResponseUpdate> updates, ProviderProbe probe, CancellationTokenSource deadline, CancellationToken cancellationToken)
    {
        try
        {
            return await updates.MoveNextAsync();
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw LlmProviderFailure.From(provider, exception, probe, timedOut: deadline.IsCancellationRequested);
        }
    }

    private CancellationTokenSource Deadline(CancellationToken cancellationToken)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        return deadline;
    }
}
