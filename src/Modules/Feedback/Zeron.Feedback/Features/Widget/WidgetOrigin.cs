using Microsoft.AspNetCore.Http;
using Zeron.Feedback.Domain;

namespace Zeron.Feedback.Features.Widget;

/// <summary>Which origin a widget request must be checked against (the HTTP half of the per-project CORS rule).</summary>
internal static class WidgetOrigin
{
    /// <summary>
    /// The <c>Origin</c> header when the request comes from another site; null when there is none (server to server,
    /// curl) or it is this app's own origin (the demo page Zeron serves), which need no allowlist.
    /// </summary>
    public static string? CrossOrigin(HttpContext http)
    {
        var origin = http.Request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return null;
        }

        var self = AllowedOrigins.Normalize($"{http.Request.Scheme}://{http.Request.Host}");
        return self is not null && AllowedOrigins.Normalize(origin) == self ? null : origin;
    }

    public static bool HasOrigin(HttpContext http) => http.Request.Headers.Origin.ToString().Length > 0;
}
