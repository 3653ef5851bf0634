using System.Net.Http.Headers;

namespace Zeron.Integrations.Connections.Kinds;

/// <summary>
/// GitHub's REST API: <c>apiUrl</c> is its root (<c>https://api.github.com</c>, or GitHub Enterprise's
/// <c>https://HOST/api/v3</c>), the token a bearer token, proven by <c>GET /user</c> with the versioned media type.
/// </summary>
internal sealed class GitHubKind : ConnectionKind
{
    public const string ApiVersion = "2022-11-28";

    public const string MediaType = "application/vnd.github+json";

    public override string Name => "github";

    public override string Title => "GitHub";

    public override Uri? DefaultBaseUrl { get; } = new("https://api.github.com");

    public override string SecretTitle => "token";

    public override string SecretField => "token";

    public override string UrlField => "apiUrl";

    public override HttpRequestMessage ProbeRequest(Uri baseUrl, string secret, string? email)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Under(baseUrl, "/user"));
        AddHeaders(request.Headers, secret);
        return request;
    }

    /// <summary>What GitHub asks of every REST call: the bearer token, its media type and API version (a User-Agent comes with the HttpClient).</summary>
    public static void AddHeaders(HttpHeaders headers, string token)
    {
        headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        headers.TryAddWithoutValidation("Accept", MediaType);
        headers.TryAddWithoutValidation("X-GitHub-Api-Version", ApiVersion);
    }
}
