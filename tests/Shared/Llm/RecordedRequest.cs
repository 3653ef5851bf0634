using System.Text.Json;

namespace Zeron.Tests.Shared.Llm;

/// <summary>One request a stand-in received: headers (lower-case names) and the body, raw and parsed.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body.Length == 0 ? "{}" : Body).RootElement;

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;

    /// <summary>Whether the body asked for a stream (<c>"stream": true</c>).</summary>
    public bool Streams => Json.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
}
