using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Zeron.Accounts.Authentication;

internal static class BearerToken
{
    /// <summary>The token after <c>Bearer </c> in the Authorization header, or null.</summary>
    public static string? From(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length
            ? header[scheme.Length..].Trim()
            : null;
    }
}
