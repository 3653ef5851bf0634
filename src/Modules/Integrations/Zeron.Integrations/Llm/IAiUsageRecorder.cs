using Zeron.Integrations.Contracts.Llm;
using Zeron.Integrations.Llm.Ledger;

namespace Zeron.Integrations.Llm;

/// <summary>
/// Records one call the router did not make (e.g. OpenAI embeddings) as a settled usage-ledger row, priced like the
/// router's calls. No budget check: call it after the work.
/// </summary>
internal interface IAiUsageRecorder
{
    Task RecordAsync(AiUsageRecord record, CancellationToken cancellationToken);
}

/// <param name="Usage">Disjoint counts (uncached input, cache writes, cache reads, output).</param>
/// <param name="Error">A short reason when <paramref name="Ok"/> is false (a code or status, never a prompt or a key).</param>
internal sealed record AiUsageRecord(
    Guid OrganizationId,
    Guid? ProjectId,
    AiFeature Feature,
    string Provider,
    string Model,
    TokenUsage Usage,
    TimeSpan Latency,
    bool Ok,
    string? Error = null);
