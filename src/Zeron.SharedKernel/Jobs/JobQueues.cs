namespace Zeron.SharedKernel.Jobs;

/// <summary>
/// The Hangfire queues and what runs on each; the host gives every queue its own workers (see <c>ZeronJobs</c>), so a
/// slow kind of work cannot starve another. A job names its queue with <c>[Queue(JobQueues.X)]</c> on its method.
/// </summary>
public static class JobQueues
{
    /// <summary>Short work: each module's event tables (every five seconds), roll-ups, anything without a queue of its own.</summary>
    public const string Default = "default";

    /// <summary>Outgoing webhook deliveries: an HTTP call to a customer's server, up to 10 s each, retried for hours.</summary>
    public const string Webhooks = "webhooks";

    /// <summary>Model calls for a submission (the assistant's questions, triage): seconds each, bounded by the router's timeouts.</summary>
    public const string Ai = "ai";

    /// <summary>Embedding batches and reindexing: CPU-bound with the local model, so few workers, away from the rest.</summary>
    public const string Embeddings = "embeddings";

    public static readonly IReadOnlyList<string> All = [Default, Webhooks, Ai, Embeddings];
}
