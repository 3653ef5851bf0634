using Mediator;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Contracts.Ai;

/// <summary>Every dated price row (instance-wide; for system administrators), by provider, model and newest day first.</summary>
public sealed record ListLlmPricesQuery : IQuery<IReadOnlyList<LlmPriceDto>>;

/// <summary>
/// A new price for a model from <paramref name="EffectiveFrom"/> (a UTC day, today or later): calls made before it
/// keep the price they were charged. USD per million tokens.
/// </summary>
public sealed record SaveLlmPriceCommand(
    string Provider,
    string Model,
    DateOnly EffectiveFrom,
    decimal InputPerMillion,
    decimal OutputPerMillion,
    decimal CacheWrite5mPerMillion,
    decimal CacheWrite1hPerMillion,
    decimal CacheReadPerMillion) : ICommand<Result<LlmPriceDto>>;

public sealed record LlmPriceDto(
    Guid Id,
    string Provider,
    string Model,
    DateOnly EffectiveFrom,
    decimal InputPerMillion,
    decimal OutputPerMillion,
    decimal CacheWrite5mPerMillion,
    decimal CacheWrite1hPerMillion,
    decimal CacheReadPerMillion,
    DateTimeOffset UpdatedAt);
