using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace Zeron.Tests.Shared.Llm;

/// <summary>
/// The vendors' sample payloads in <c>tests/Shared/Llm/Fixtures</c> (from their API references), and a shape
/// comparison: the stand-ins are checked to answer with the same fields, so they cannot drift from the real APIs.
/// </summary>
public static class StandInFixtures
{
    public static string Read(string name, [CallerFilePath] string here = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "Fixtures", name));

    /// <summary>Every property path of a JSON document (<c>usage.cache_creation.ephemeral_5m_input_tokens</c>; arrays as <c>[]</c>).</summary>
    public static SortedSet<string> Shape(JsonNode? node, string path = "")
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    var child = path.Length == 0 ? key : $"{path}.{key}";
                    paths.Add(child);
                    paths.UnionWith(Shape(value, child));
                }

                break;
            case JsonArray array when array.Count > 0:
                paths.UnionWith(Shape(array[0], path + "[]"));
                break;
        }

        return paths;
    }

    /// <summary>The SSE frames of a stream: (event name or null, data).</summary>
    public static List<(string? Event, string Data)> Frames(string sse) =>
        sse.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(frame => frame.Split('\n'))
            .Select(lines => (
                lines.FirstOrDefault(l => l.StartsWith("event: ", StringComparison.Ordinal))?[7..],
                string.Concat(lines.Where(l => l.StartsWith("data: ", StringComparison.Ordinal)).Select(l => l[6..]))))
            .ToList();
}
