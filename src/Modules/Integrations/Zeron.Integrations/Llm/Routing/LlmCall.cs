using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Zeron.Integrations.Contracts.Llm;
using Zeron.Integrations.Llm.Ledger;
using Zeron.Integrations.Llm.Prompts;
using Zeron.Integrations.Llm.Providers;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Llm.Routing;

/// <summary>
/// One reserved call: asks through the failover client, whole or streamed, and settles its ledger row whatever
/// happens (the caller's cancellation included: settlement does not take the caller's token).
/// </summary>
internal sealed class LlmCall(LlmPrompt prompt, LlmRequest request, Guid entryId, ProviderFailoverChatClient client, AiLedger ledger, TimeProvider clock)
    : IDisposable
{
    private readonly long _started = clock.GetTimestamp();
    private bool _settled;
    private bool _streamFailed;

    public async Task<Result<LlmAnswer>> AskAsync(CancellationToken cancellationToken)
    {
        ChatResponse response;
        try
        {
            response = await client.GetResponseAsync(request.Messages, request.Options, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await SettleAsync(TokenUsage.None, ok: false);
            return LlmErrors.Unavailable(TimeSpan.FromSeconds(30));
        }
        catch (OperationCanceledException)
        {
            await SettleAsync(TokenUsage.None, ok: false);
            throw;
        }

        return await FinishAsync(response);
    }

    public async IAsyncEnumerable<LlmStreamEvent> StreamAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var updates = new List<ChatResponseUpdate>();
        var streamed = false;
        var failed = false;
        try
        {
            await using (var stream = client.GetStreamingResponseAsync(request.Messages, request.Options, cancellationToken).GetAsyncEnumerator(cancellationToken))
            {
                while (await NextAsync(stream, cancellationToken))
                {
                    updates.Add(stream.Current);
                    if (stream.Current.Text is { Length: > 0 } text)
                    {
                        streamed = true;
                        yield return new LlmStreamEvent(Delta: text);
                    }
                }

                failed = _streamFailed;
            }

            if (!failed)
            {
                var answer = await FinishAsync(updates.ToChatResponse(), updates);
                yield return answer.IsSuccess ? new LlmStreamEvent(Done: answer.Value) : new LlmStreamEvent(Failed: answer.Error);
                yield break;
            }

            // A broken stream is still billed for what the provider counted (its usage came before the break).
            await SettleAsync(Usage(updates.ToChatResponse(), updates), ok: false);
            yield return new LlmStreamEvent(Failed: streamed ? LlmErrors.Interrupted : LlmErrors.Unavailable(TimeSpan.FromSeconds(30)));
        }
        finally
        {
            // The caller stopped reading (or was cancelled) before the end: the call is settled all the same.
            await SettleAsync(Usage(updates.ToChatResponse(), updates), ok: false);
        }
    }

    public void Dispose() => client.Dispose();

    /// <returns>Whether there was an update; false also when the stream failed (other than by the caller's cancellation).</returns>
    private async Task<bool> NextAsync(IAsyncEnumerator<ChatResponseUpdate> stream, CancellationToken cancellationToken)
    {
        try
        {
            return await stream.MoveNextAsync();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _streamFailed = true;
            return false;
        }
    }

    private async Task<Result<LlmAnswer>> FinishAsync(ChatResponse response, IReadOnlyList<ChatResponseUpdate>? updates = null)
    {
        var route = client.Current!;
        var cost = await SettleAsync(Usage(response, updates), ok: true);
        return new LlmAnswer(response.Text, route.Settings.Name, route.Settings.Model, route.Fallback, cost);
    }

    private TokenUsage Usage(ChatResponse response, IReadOnlyList<ChatResponseUpdate>? updates) =>
        client.Current is { } route ? TokenUsage.From(route.Settings.Name, response, updates?.Select(u => u.RawRepresentation)) : TokenUsage.None;

    private async Task<decimal> SettleAsync(TokenUsage usage, bool ok)
    {
        if (_settled)
        {
            return 0m;
        }

        _settled = true;
        var route = client.Current;
        var error = ok ? null : client.Failures.Count > 0 ? string.Join("; ", client.Failures) : "cancelled";
        var settlement = new LlmCallSettlement(
            route?.Settings.Name ?? "", route?.Settings.Model ?? "", usage, clock.GetElapsedTime(_started), ok, route?.Fallback ?? false, error);
        return await ledger.SettleAsync(prompt.OrganizationId, entryId, settlement, CancellationToken.None);
    }
}
