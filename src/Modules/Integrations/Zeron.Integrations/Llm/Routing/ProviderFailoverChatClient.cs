// FailoverChatClient is experimental in M.E.AI 10.11 (MEAI001); we take it over a hand-written copy (ADR 0024).
#pragma warning disable MEAI001
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Zeron.Integrations.Llm.Providers;

namespace Zeron.Integrations.Llm.Routing;

/// <summary>
/// M.E.AI's <see cref="FailoverChatClient"/> (which owns invocation and never fails over once streamed output reached
/// the caller) with the router's policy, for one call: providers in order; a transient failure moves on (after at
/// most one retry on the same provider for a 429/529 with a short <c>Retry-After</c>) and counts towards the
/// provider's cooldown; any other failure ends the call. Remembers which route served and what failed.
/// </summary>
internal sealed class ProviderFailoverChatClient(IReadOnlyList<ProviderRoute> routes, ProviderCooldowns cooldowns, IOptions<LlmOptions> options, TimeProvider clock)
    : FailoverChatClient
{
    private readonly List<string> _failures = [];
    private int _next;
    private ProviderRoute? _current;
    private bool _retriedCurrent;
    private LlmProviderFailure? _lastFailure;
    private Exception? _lastException;

    /// <summary>The route that was tried last (the one that served, when the call succeeded).</summary>
    public ProviderRoute? Current => _current;

    /// <summary>What failed, in order ("anthropic: HTTP 529"), for the ledger.</summary>
    public IReadOnlyList<string> Failures => _failures;

    protected override async ValueTask<IChatClient> SelectClientAsync(RoutingContext context, CancellationToken cancellationToken)
    {
        if (_lastException is { } ended && _lastFailure is not { Transient: true })
        {
            ExceptionDispatchInfo.Throw(ended);
        }

        var maxWait = TimeSpan.FromSeconds(options.Value.MaxRetryAfterSeconds);
        if (_current is not null && !_retriedCurrent && _lastFailure?.RetryableHere(maxWait) == true)
        {
            _retriedCurrent = true;
            await Task.Delay(_lastFailure.RetryAfter!.Value, clock, cancellationToken);
            return _current.Client;
        }

        if (_next >= routes.Count)
        {
            ExceptionDispatchInfo.Throw(_lastException ?? new InvalidOperationException("No provider to try."));
        }

        _current = routes[_next++];
        _retriedCurrent = false;
        return _current.Client;
    }

    protected override async ValueTask OnRoutingUpdateAsync(RoutingContext context, FailoverChatClientAttempt attempt, bool isTerminal, CancellationToken cancellationToken)
    {
        if (_current is null)
        {
            return;
        }

        if (attempt.Exception is null)
        {
            _lastException = null;
            _lastFailure = null;
            if (attempt.ResponseCompleted)
            {
                await cooldowns.SucceededAsync(_current.Settings);
            }

            return;
        }

        _lastException = attempt.Exception;
        _lastFailure = attempt.Exception as LlmProviderFailure;
        _failures.Add(_lastFailure?.Message ?? $"{_current.Settings.Name}: {attempt.Exception.GetType().Name}");
        if (_lastFailure is { Transient: true })
        {
            await cooldowns.FailedAsync(_current.Settings, _lastFailure.RetryAfter);
        }
    }
}
