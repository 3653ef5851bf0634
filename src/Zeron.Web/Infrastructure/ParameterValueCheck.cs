using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http.Metadata;
using Zeron.SharedKernel.Http;

namespace Zeron.Web.Infrastructure;

/// <summary>
/// A query or route value the endpoint cannot bind (<c>limit=abc</c>, <c>from=notadate</c>, <c>hasEmail=maybe</c>, a
/// bad UUID or enum name) is a 400 validation problem naming the parameter as the client spelled it
/// (<c>errors: { limit: [...] }</c>), before minimal APIs' binding would answer a bare 400. Runs after routing and
/// authorization, on <c>/api</c> endpoints only, for the typed parameters of the endpoint's handler (also those of an
/// <see cref="AsParametersAttribute"/> record); what it does not know is left to binding, which still answers 400.
/// </summary>
internal sealed class ParameterValueCheck(RequestDelegate next)
{
    private static readonly Dictionary<Type, (Func<string, bool> IsValid, string Expected)> Parsers = new()
    {
        [typeof(int)] = (s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out _), "a whole number"),
        [typeof(long)] = (s => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out _), "a whole number"),
        [typeof(bool)] = (s => bool.TryParse(s, out _), "true or false"),
        [typeof(Guid)] = (s => Guid.TryParse(s, out _), "a UUID"),
        [typeof(DateTimeOffset)] = (s => DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out _),
            "a date and time in ISO 8601, such as 2026-05-01T00:00:00Z"),
        [typeof(DateOnly)] = (s => DateOnly.TryParse(s, CultureInfo.InvariantCulture, out _), "a date in ISO 8601, such as 2026-05-01"),
    };

    private static readonly ConditionalWeakTable<Endpoint, Parameter[]> ParametersByEndpoint = [];

    public static bool IsChecked(Type? type) => type is not null && Parse(Nullable.GetUnderlyingType(type) ?? type) is not null;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is { } endpoint && ApiProblemDetails.IsApi(context.Request)
            && ParametersByEndpoint.GetValue(endpoint, Describe) is { Length: > 0 } parameters)
        {
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var parameter in parameters)
            {
                var value = parameter.FromRoute
                    ? context.Request.RouteValues[parameter.Name]?.ToString()
                    : context.Request.Query[parameter.Name].ToString();
                if (!string.IsNullOrEmpty(value) && !parameter.IsValid(value))
                {
                    errors[parameter.Name] = [$"'{Shorten(value)}' is not {parameter.Expected}."];
                }
            }

            if (errors.Count > 0)
            {
                await ApiProblems.Validation(errors).ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    }

    private static Parameter[] Describe(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<MethodInfo>() is not { } handler)
        {
            return [];
        }

        var routeNames = (endpoint as RouteEndpoint)?.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        return handler.GetParameters().SelectMany(Expand).Select(p => Check(p, routeNames)).OfType<Parameter>().ToArray();
    }

    /// <summary>The parameter, or the constructor parameters of an <see cref="AsParametersAttribute"/> type.</summary>
    private static IEnumerable<ParameterInfo> Expand(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<AsParametersAttribute>() is not null
            ? parameter.ParameterType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()?.GetParameters() ?? []
            : [parameter];

    private static Parameter? Check(ParameterInfo parameter, HashSet<string> routeNames)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (Parse(type) is not { } parse || parameter.GetCustomAttributes().Any(a => a is IFromBodyMetadata or IFromHeaderMetadata or IFromServiceMetadata or IFromFormMetadata))
        {
            return null;
        }

        var route = parameter.GetCustomAttributes().OfType<IFromRouteMetadata>().FirstOrDefault();
        var query = parameter.GetCustomAttributes().OfType<IFromQueryMetadata>().FirstOrDefault();
        var name = route?.Name ?? query?.Name ?? parameter.Name!;
        var fromRoute = route is not null || (query is null && routeNames.Contains(name));
        return new Parameter(fromRoute ? routeNames.First(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) : name, fromRoute, parse.IsValid, parse.Expected);
    }

    private static (Func<string, bool> IsValid, string Expected)? Parse(Type type) =>
        type.IsEnum
            ? (s => Enum.TryParse(type, s, ignoreCase: true, out _), $"one of {string.Join(", ", Enum.GetNames(type))}")
            : Parsers.TryGetValue(type, out var parse) ? parse : null;

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private sealed record Parameter(string Name, bool FromRoute, Func<string, bool> IsValid, string Expected);
}
