using System.Net.Http.Headers;
using System.Text;

namespace Zeron.Integrations.Connections.Kinds;

/// <summary>
/// A Jira Cloud site (<c>https://your-domain.atlassian.net</c>, no default): Basic sign-in with the account's e-mail and
/// an API token, proven by <c>GET /rest/api/3/myself</c>.
/// </summary>
internal sealed class JiraKind : ConnectionKind
{
    public override string Name => "jira";

    public override string Title => "Jira";

    public override Uri? DefaultBaseUrl => null;

    public override string SecretTitle => "API token";

    public override string SecretField => "apiToken";

    public override bool NeedsEmail => true;

    public override HttpRequestMessage ProbeRequest(Uri baseUrl, string secret, string? email) =>
        new(HttpMethod.Get, Under(baseUrl, "/rest/api/3/myself"))
        {
            Headers = { Authorization = BasicAuthorization(email ?? "", secret), Accept = { new MediaTypeWithQualityHeaderValue("application/json") } },
        };

    /// <summary><c>Basic base64(email:apiToken)</c>, as Atlassian documents for API tokens.</summary>
    public static AuthenticationHeaderValue BasicAuthorization(string email, string apiToken) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}:{apiToken}")));
}
