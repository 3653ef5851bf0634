using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Zeron.SharedKernel.Http;

namespace Zeron.Web.Infrastructure;

/// <summary>Writes the endpoints' <see cref="ApiExample"/> metadata into their request body and responses.</summary>
internal static class OpenApiExamples
{
    public static void Apply(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var examples = context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiExample>().ToList();
        if (examples.Count == 0)
        {
            return;
        }

        var json = context.ApplicationServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        foreach (var example in examples)
        {
            var node = JsonSerializer.SerializeToNode(example.Value, example.Value.GetType(), json);
            var content = example.StatusCode is { } status
                ? operation.Responses?.GetValueOrDefault(status.ToString(CultureInfo.InvariantCulture))?.Content
                : operation.RequestBody?.Content;
            if (content is null || content.Count == 0)
            {
                throw new InvalidOperationException(
                    $"{context.Description.HttpMethod} {context.Description.RelativePath}: an example for {(example.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? "the request body")}, which the operation does not declare.");
            }

            foreach (var mediaType in content.Values)
            {
                mediaType.Example = node?.DeepClone();
            }
        }
    }
}
