using Microsoft.Extensions.AI;

namespace Zeron.Integrations.Llm.Routing;

/// <summary>One provider ready for a call: its settings, its client, and whether it is a fallback (not the first configured).</summary>
internal sealed record ProviderRoute(LlmProviderSettings Settings, IChatClient Client, bool Fallback);
