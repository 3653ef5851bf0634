using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Zeron.SharedKernel.Http;

namespace Zeron.Web.Infrastructure;

/// <summary>
/// Request bodies say what the server accepts, read from the C# request records: a constructor parameter with a default
/// (<c>string? Email = null</c>) is optional and may be null, which the handler treats as absent; one without is required
/// and never null (the validator answers 400 for either; the C# type stays nullable because a client may still send
/// null). A property set outside the constructor is optional when nullable. The framework's default marks every
/// constructor parameter required and nullable, so a generated client would demand every optional field and offer null
/// where the server refuses it.
/// Free-form JSON (<see cref="JsonElement"/>, only ever <c>metadata</c>) is an object: anything else is a 400.
/// </summary>
internal static class OpenApiRequestSchemas
{
    private static readonly ConditionalWeakTable<IApiDescriptionGroupCollectionProvider, HashSet<Type>> RequestTypesByProvider = [];

    public static Task ApplyAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken _)
    {
        var type = context.JsonTypeInfo.Type;
        if ((Nullable.GetUnderlyingType(type) ?? type) == typeof(JsonElement))
        {
            // The transformer also visits the value schema set here (same type info): it is recognised by its description.
            if (schema.Description is null)
            {
                schema.Type = type == typeof(JsonElement) ? JsonSchemaType.Object : JsonSchemaType.Object | JsonSchemaType.Null;
                schema.AdditionalProperties = new OpenApiSchema { Description = "Any JSON value." };
                schema.Description = "A JSON object (not an array or a scalar).";
            }

            return Task.CompletedTask;
        }

        if (schema.Properties is not { Count: > 0 } properties || !RequestTypes(context.ApplicationServices).Contains(type))
        {
            return Task.CompletedTask;
        }

        schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in context.JsonTypeInfo.Properties)
        {
            if (!properties.TryGetValue(property.Name, out var propertySchema))
            {
                continue;
            }

            if (property.AssociatedParameter is { } parameter ? parameter.HasDefaultValue : property.IsSetNullable)
            {
                schema.Required.Remove(property.Name);
            }
            else
            {
                schema.Required.Add(property.Name);
                properties[property.Name] = WithoutNull(propertySchema);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The schema without its <c>null</c>: the type flag removed, or the other branch of a nullable <c>oneOf</c>.</summary>
    private static IOpenApiSchema WithoutNull(IOpenApiSchema schema)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return schema;
        }

        if (concrete.OneOf is { Count: 2 } branches && branches.Count(b => b.Type == JsonSchemaType.Null) == 1)
        {
            return branches.Single(b => b.Type != JsonSchemaType.Null);
        }

        if (concrete.Type is { } flags)
        {
            concrete.Type = flags & ~JsonSchemaType.Null;
        }

        return concrete;
    }

    /// <summary>The types read from request bodies, and the types of their properties, transitively (e.g. a project's widget settings).</summary>
    private static HashSet<Type> RequestTypes(IServiceProvider services)
    {
        var provider = services.GetRequiredService<IApiDescriptionGroupCollectionProvider>();
        return RequestTypesByProvider.GetValue(provider, p =>
        {
            var found = new HashSet<Type>();
            var pending = new Stack<Type>(p.ApiDescriptionGroups.Items.SelectMany(g => g.Items).SelectMany(BodyTypes));
            while (pending.TryPop(out var type))
            {
                if (type.Assembly.GetName().Name?.StartsWith("Zeron.", StringComparison.Ordinal) != true || !found.Add(type))
                {
                    continue;
                }

                foreach (var property in type.GetProperties())
                {
                    pending.Push(ElementType(property.PropertyType));
                }
            }

            return found;
        });
    }

    private static IEnumerable<Type> BodyTypes(ApiDescription description) =>
        description.ParameterDescriptions.Where(p => p.Source == BindingSource.Body).Select(p => p.Type)
            .Concat(description.ActionDescriptor.EndpointMetadata.OfType<JsonRequestBody>().Select(b => b.Type));

    private static Type ElementType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type != typeof(string) && type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } enumerable
            ? enumerable.GetGenericArguments()[0]
            : type;
    }
}
