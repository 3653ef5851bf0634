using System.Text.Json.Nodes;

namespace Zeron.IntegrationTests.Host;

/// <summary>Just enough of OpenAPI 3.1 schemas to walk a request body: references, types, properties.</summary>
internal static class OpenApiSchemas
{
    /// <summary>The schema itself, what its <c>$ref</c> names, or the non-null branch of a nullable <c>oneOf</c>.</summary>
    public static JsonNode? Resolve(JsonNode document, JsonNode? schema)
    {
        if (schema?["oneOf"] is JsonArray branches)
        {
            schema = branches.FirstOrDefault(b => b?["type"]?.ToString() != "null");
        }

        return schema?["$ref"]?.GetValue<string>() is { } reference ? document["components"]!["schemas"]![reference.Split('/')[^1]] : schema;
    }

    public static string[] Types(JsonNode document, JsonNode? schema) => Resolve(document, schema) switch
    {
        { } resolved when resolved["type"] is JsonArray many => many.Select(t => t!.GetValue<string>()).ToArray(),
        { } resolved when resolved["type"] is JsonValue one => [one.GetValue<string>()],
        { } resolved when IsEnum(document, resolved) => ["string"],
        _ => [],
    };

    /// <summary>An enum of names (how the API writes its enums): a value outside it is refused when the body is read.</summary>
    public static bool IsEnum(JsonNode document, JsonNode? schema) => Resolve(document, schema)?["enum"] is JsonArray;

    public static IEnumerable<KeyValuePair<string, JsonNode?>> Properties(JsonNode document, JsonNode? schema) =>
        Resolve(document, schema)?["properties"]?.AsObject() ?? [];
}
