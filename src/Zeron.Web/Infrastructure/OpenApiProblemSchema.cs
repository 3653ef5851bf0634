using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Zeron.Web.Infrastructure;

/// <summary>
/// The RFC 9457 problem as the API writes it (<see cref="ApiProblemDetailsWriter"/>): always a <c>status</c> and a
/// <c>traceId</c> to quote to support, a machine-readable <c>code</c> when the error has one (<c>member.last_owner</c>, …), and
/// no member that is ever <c>null</c> (absent members are left out). The validation problem adds <c>errors</c>.
/// </summary>
internal static class OpenApiProblemSchema
{
    public static Task ApplyAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken _)
    {
        if (!typeof(ProblemDetails).IsAssignableFrom(context.JsonTypeInfo.Type) || schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        foreach (var property in schema.Properties.Values.OfType<OpenApiSchema>())
        {
            if (property.Type is { } type)
            {
                property.Type = type & ~JsonSchemaType.Null;
            }
        }

        schema.Properties["code"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "A stable, machine-readable reason when the error has one (e.g. `member.last_owner`); branch on it rather than on `detail`.",
        };
        schema.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Identifies the request in the server's logs." };
        schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
        schema.Required.Add("status");
        schema.Required.Add("traceId");
        return Task.CompletedTask;
    }
}
