using Microsoft.AspNetCore.Http;

namespace Zeron.Feedback.Features.Widget;

/// <summary>
/// Endpoint metadata: this route's 403 (origin not allowed) and 404 (unknown key) are readable by any origin, so the
/// widget on a refused site can say why instead of retrying a "network error" forever (ADR 21). Only on
/// <c>GET /config</c>, which accepts nothing and whose refusals say no more than "not allowed" or "no such key".
/// </summary>
internal sealed record ReadableRefusal
{
    public static readonly ReadableRefusal Instance = new();

    public static bool Applies(HttpContext http, int status) =>
        status is StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound &&
        http.GetEndpoint()?.Metadata.GetMetadata<ReadableRefusal>() is not null;
}
