using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Zeron.Integrations.Contracts.Llm;
using Zeron.Integrations.Llm.Ledger;
using Zeron.Integrations.Llm.Prompts;
using Zeron.Integrations.Llm.Providers;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Llm.Routing;

/// <summary>
/// Opens a call: the organization's providers (off when none), those not in cooldown (unavailable when none), the
/// prompt built once, and the budget reserved in the ledger. The returned <see cref="LlmCall"/> does the asking.
/// </summary>
internal sealed class LlmRouter(
    LlmProviderCatalog catalog,
    LlmChatClients clients,
    ProviderCooldowns cooldowns,
    PromptBuilder prompts,
    AiLedger ledger,
    IOptions<LlmOptions> options,
    TimeProvider clock)
{
    public async Task<Result<LlmCall>> OpenAsync(LlmPrompt prompt, CancellationToken cancellationToken)
    {
        var providers = await catalog.ForOrganizationAsync(prompt.OrganizationId, cancellationToken);
        if (providers.Count == 0)
        {
            return AiErrors.Off;
        }

        var ready = new List<LlmProviderSettings>();
        DateTimeOffset? soonest = null;
        foreach (var provider in providers)
        {
            if (await cooldowns.UntilAsync(provider) is { } until)
            {
                soonest = soonest is null || until < soonest ? until : soonest;
                continue;
            }

            ready.Add(provider);
        }

        if (ready.Count == 0)
        {
            return LlmErrors.Unavailable(soonest!.Value - clock.GetUtcNow());
        }

        var request = prompts.Build(prompt, providers.FirstOrDefault(p => p.Name == LlmProviderCatalog.Anthropic)?.Model);
        var reservation = await ledger.ReserveAsync(prompt, ready[0], request.InputTokens, cancellationToken);
        if (!reservation.IsSuccess)
        {
            return reservation.Error!;
        }

        var routes = ready.Select(p => new ProviderRoute(p, clients.Create(p), Fallback: p != providers[0])).ToList();
        return new LlmCall(prompt, request, reservation.Value, new ProviderFailoverChatClient(routes, cooldowns, options, clock), ledger, clock);
    }
}
