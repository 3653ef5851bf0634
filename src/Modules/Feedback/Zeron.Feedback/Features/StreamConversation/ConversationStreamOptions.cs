namespace Zeron.Feedback.Features.StreamConversation;

/// <summary><c>Zeron:Widget:Stream</c>: how long one SSE response lasts (the widget reconnects) and how often it says it is alive.</summary>
internal sealed class ConversationStreamOptions
{
    public const string Section = "Zeron:Widget:Stream";

    /// <summary>Bounds every response, so proxies and instances going away cost a reconnect at worst.</summary>
    public int MaxSeconds { get; set; } = 300;

    /// <summary>A comment line this often keeps idle proxies from closing the connection.</summary>
    public int HeartbeatSeconds { get; set; } = 15;

    /// <summary>What the client waits before reconnecting (the SSE <c>retry</c> field).</summary>
    public int RetryMilliseconds { get; set; } = 3000;
}
