using Microsoft.AspNetCore.Builder;

namespace Zeron.SharedKernel.Http;

/// <summary>
/// An example for the OpenAPI document, attached to an endpoint as metadata: the request body's when
/// <see cref="StatusCode"/> is null, else that response's. The host serializes it with the API's own JSON options, so
/// the example is exactly what the endpoint reads or writes.
/// </summary>
public sealed record ApiExample(int? StatusCode, object Value);

public static class ApiExampleExtensions
{
    public static TBuilder WithRequestExample<TBuilder>(this TBuilder builder, object example)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new ApiExample(null, example));

    public static TBuilder WithResponseExample<TBuilder>(this TBuilder builder, int statusCode, object example)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new ApiExample(statusCode, example));
}
