using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Zeron.Tests.Shared;

/// <summary>Every Razor page the app maps, read from its endpoints, and each as a URL with real route values.</summary>
public static class AdminPageRoutes
{
    /// <summary>
    /// The error pages, which answer their error's status (403, 404 …): left out of <see cref="Of"/> (whose pages must
    /// answer 2xx/3xx) and visited by the error page and accessibility browser tests instead.
    /// </summary>
    public static readonly IReadOnlyList<string> ErrorPages = ["/admin/denied", "/error/{code:int:range(400,599)}"];

    /// <summary>The pages' routes, lower-case (an Index page once, under its folder's URL), without the <see cref="ErrorPages"/>.</summary>
    public static IReadOnlyList<string> Of(ZeronAppFactory app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimEnd('/'))
            .Where(route => !route.EndsWith("/Index", StringComparison.OrdinalIgnoreCase))
            .Select(route => route.ToLowerInvariant())
            .Where(route => !ErrorPages.Contains(route))
            .Distinct()
            .ToList();

    /// <summary>
    /// <paramref name="route"/> with a real project, feedback item, webhook and invitation link token (the CSV download
    /// gets its project); a page with another route parameter fails here until it is added.
    /// </summary>
    public static string Url(string route, Guid project, Guid item, Guid webhook, string invitationToken)
    {
        if (route == "/admin/feedback/inbox/export.csv")
        {
            return $"{route}?project={project}";
        }

        var path = route
            .Replace("/projects/{id:guid}", $"/projects/{project}", StringComparison.Ordinal)
            .Replace("/items/{id:guid}", $"/items/{item}", StringComparison.Ordinal)
            .Replace("{webhookid:guid}", webhook.ToString(), StringComparison.Ordinal)
            .Replace("/invitations/{token}", $"/invitations/{invitationToken}", StringComparison.Ordinal);
        return path.Contains('{', StringComparison.Ordinal)
            ? throw new InvalidOperationException($"No real value for a route parameter of the page {route}: add it to AdminPageRoutes.Url.")
            : path;
    }

    /// <summary>A pending invitation to the organization, as the token its link carries.</summary>
    public static async Task<string> InvitationTokenAsync(HttpClient admin, Guid organizationId) =>
        ZeronApi.InvitationToken(await admin.InviteAsync(organizationId, $"page-{Guid.NewGuid():N}@example.test"));
}
