using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Web.Infrastructure;

/// <summary>
/// Declares the answers every operation can get from the host rather than from its handler, derived from the same
/// metadata that produces them, so no endpoint file has to remember them: 401 for an authorized route (the challenge),
/// 403 for a role above Member or a user-only route (the organization filter's refusals), 404 for a route
/// under an organization (a non-member), 400 for a body or a typed parameter (<see cref="ParameterValueCheck"/>),
/// 413/415 for a JSON body, 503 for an outage (<see cref="Outages"/>). And the headers those answers carry:
/// <c>Retry-After</c> on 429 and 503, <c>Location</c> on an <c>/api/v1</c> 201, <c>Content-Disposition</c> on a CSV.
/// </summary>
internal static class OpenApiResponses
{
    private const string ProblemJson = "application/problem+json";

    public static Task ApplyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken _)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var document = context.Document!;
        operation.Responses ??= [];

        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            Add(operation, document, StatusCodes.Status401Unauthorized, "No valid `Authorization: Bearer` token (a JWT or an API key), or it has expired.");
        }

        if (metadata.OfType<RequireOrganizationRoleAttribute>().Any(r => r.Role > OrganizationRole.Member))
        {
            Add(operation, document, StatusCodes.Status403Forbidden, "The caller's role in the organization is too low for this.");
        }

        if (metadata.OfType<RequireUserCallerAttribute>().Any())
        {
            Add(operation, document, StatusCodes.Status403Forbidden, "API keys cannot do this; sign in as a user.");
        }

        if (description.RelativePath?.Contains("{orgId", StringComparison.Ordinal) == true)
        {
            Add(operation, document, StatusCodes.Status404NotFound, "No such resource, or the caller is not a member of the organization.");
        }

        var hasBody = operation.RequestBody is not null;
        if (hasBody || description.ParameterDescriptions.Any(IsCheckedValue))
        {
            Add(operation, document, StatusCodes.Status400BadRequest, "A field or parameter is invalid (`errors` names it), or the body is not JSON of the documented shape.",
                "HttpValidationProblemDetails");
        }

        if (hasBody)
        {
            Add(operation, document, StatusCodes.Status413PayloadTooLarge, "The request body is too large.");
            Add(operation, document, StatusCodes.Status415UnsupportedMediaType, "Send the body as application/json.");
        }

        Add(operation, document, StatusCodes.Status503ServiceUnavailable, "A dependency (the database or Redis) is unavailable; retry after `Retry-After` seconds.");

        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse concrete)
            {
                continue;
            }

            if (status is "429" or "503")
            {
                Header(concrete, "Retry-After", "Seconds to wait before trying again.", JsonSchemaType.Integer, "int32");
            }

            if (status == "201" && description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true)
            {
                Header(concrete, "Location", "The created resource's URL.", JsonSchemaType.String, "uri-reference");
            }

            if (concrete.Content?.Keys.Any(k => k.StartsWith("text/csv", StringComparison.Ordinal)) == true)
            {
                Header(concrete, "Content-Disposition", "`attachment; filename=\"…\"`.", JsonSchemaType.String, format: null);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>A typed query or route value (not one whose route constraint already turns a bad value into a 404).</summary>
    private static bool IsCheckedValue(ApiParameterDescription parameter) =>
        parameter.Source != BindingSource.Body && ParameterValueCheck.IsChecked(parameter.Type) && parameter.RouteInfo?.Constraints?.Any() != true;

    private static void Add(OpenApiOperation operation, OpenApiDocument document, int status, string description, string schema = "ProblemDetails")
    {
        var key = status.ToString(CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key))
        {
            return;
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = $"{ReasonPhrases.GetReasonPhrase(status)}: {description}",
            Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = new OpenApiSchemaReference(schema, document) } },
        };
    }

    private static void Header(OpenApiResponse response, string name, string description, JsonSchemaType type, string? format)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader
        {
            Description = description,
            Required = true,
            Schema = new OpenApiSchema { Type = type, Format = format },
        };
    }
}
