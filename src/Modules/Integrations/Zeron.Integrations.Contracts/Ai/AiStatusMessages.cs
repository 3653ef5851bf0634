using Mediator;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Contracts.Ai;

/// <summary>Whether AI is on for the organization, its providers' state, and its budget this UTC month.</summary>
public sealed record GetAiStatusQuery(Guid OrganizationId) : IQuery<AiStatusDto>;

/// <summary>Sets (or, with null, removes) the organization's monthly AI budget in USD; answers the new status.</summary>
public sealed record SetAiBudgetCommand(Guid OrganizationId, decimal? MonthlyUsd) : ICommand<AiStatusDto>;

/// <param name="Enabled">False: no chat provider is configured ("AI is off"); every AI feature is skipped.</param>
/// <param name="MonthlyBudgetUsd">Null: no limit.</param>
/// <param name="SpentUsd">This UTC month: the settled calls' cost plus what calls in flight hold.</param>
public sealed record AiStatusDto(bool Enabled, IReadOnlyList<AiProviderStatusDto> Providers, decimal? MonthlyBudgetUsd, decimal SpentUsd);

/// <param name="Name"><c>anthropic</c> or <c>openai</c>.</param>
/// <param name="State"><c>ok</c>, <c>cooldown</c> (until <paramref name="Until"/>) or <c>off</c> (not configured).</param>
public sealed record AiProviderStatusDto(string Name, string? Model, string State, DateTimeOffset? Until);
