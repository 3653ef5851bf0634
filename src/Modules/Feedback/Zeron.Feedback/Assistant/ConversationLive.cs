using System.Text.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Zeron.Feedback.Assistant;

/// <summary>One entry of a conversation's live stream; <see cref="Id"/> is the Redis stream id (the SSE event id).</summary>
internal sealed record LiveEvent(string Id, string Type, string Data);

/// <summary>
/// A conversation's live events in a Redis stream (so any instance can serve any viewer), with a pub/sub nudge per
/// entry so viewers need not poll: <c>delta</c> <c>{text}</c> while the assistant writes, <c>message</c> (a stored
/// message, any author, as the widget API shows it) and <c>done</c> <c>{posted}</c> at the end of a generation. Live
/// state only: capped, expiring, and nothing in it that PostgreSQL does not have once a generation is over.
/// </summary>
internal sealed partial class ConversationLive(IConnectionMultiplexer redis, ILogger<ConversationLive> logger)
{
    public const string Delta = "delta";
    public const string Message = "message";
    public const string Done = "done";

    private const int MaxEntries = 1000;
    private const int ReplayWindow = 500;
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(30);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task PublishAsync(Guid conversationId, string type, object data)
    {
        var db = redis.GetDatabase();
        var key = Key(conversationId);
        var id = await db.StreamAddAsync(key, [new("e", type), new("d", JsonSerializer.Serialize(data, Json))], maxLength: MaxEntries, useApproximateMaxLength: true);
        await db.KeyExpireAsync(key, Keep);
        await redis.GetSubscriber().PublishAsync(Channel(conversationId), id);
    }

    /// <summary>Live events are a courtesy to open widgets: Redis failing loses nothing stored, so it is logged, not thrown.</summary>
    public async Task TryPublishAsync(Guid conversationId, string type, object data)
    {
        try
        {
            await PublishAsync(conversationId, type, data);
        }
        catch (RedisException ex)
        {
            LogPublishFailed(ex, type, conversationId);
        }
    }

    /// <summary>Entries after <paramref name="position"/> (exclusive), oldest first.</summary>
    public async Task<IReadOnlyList<LiveEvent>> ReadAfterAsync(Guid conversationId, string position, int count = 100)
    {
        return [.. (await redis.GetDatabase().StreamReadAsync(Key(conversationId), position, count)).Select(ToEvent)];
    }

    /// <summary>
    /// Where a new viewer starts: after the last finished generation (what came before is stored in PostgreSQL), so a
    /// question being written right now is replayed from its first delta.
    /// </summary>
    public async Task<string> StartOfCurrentAsync(Guid conversationId)
    {
        var newest = await redis.GetDatabase().StreamRangeAsync(Key(conversationId), "-", "+", ReplayWindow, Order.Descending);
        // Searched by index: a default StreamEntry is not IsNull in StackExchange.Redis 3 (its id reads as ""), so
        // FirstOrDefault could not tell "none" from an entry.
        var done = Array.FindIndex(newest, e => e["e"] == Done);
        return done >= 0 ? newest[done].Id.ToString() : newest.Length < ReplayWindow ? "0-0" : newest[^1].Id.ToString();
    }

    /// <summary>A nudge per new entry; dispose to unsubscribe.</summary>
    public async Task<ChannelMessageQueue> SubscribeAsync(Guid conversationId) =>
        await redis.GetSubscriber().SubscribeAsync(Channel(conversationId));

    /// <summary>Only a Redis stream id (<c>ms-seq</c>) is a position; anything else a client sends is ignored.</summary>
    public static bool IsPosition(string? value)
    {
        var dash = value?.IndexOf('-') ?? -1;
        return value is { Length: <= 41 } && dash > 0
            && ulong.TryParse(value.AsSpan(0, dash), System.Globalization.NumberStyles.None, null, out _)
            && ulong.TryParse(value.AsSpan(dash + 1), System.Globalization.NumberStyles.None, null, out _);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live {Type} event for conversation {ConversationId} not published")]
    private partial void LogPublishFailed(Exception ex, string type, Guid conversationId);

    private static LiveEvent ToEvent(StreamEntry e) => new(e.Id.ToString(), e["e"].ToString(), e["d"].ToString());

    private static RedisKey Key(Guid conversationId) => $"zeron:feedback:conversation:{conversationId:N}:live";

    private static RedisChannel Channel(Guid conversationId) => RedisChannel.Literal($"zeron:feedback:conversation:{conversationId:N}:live");
}
