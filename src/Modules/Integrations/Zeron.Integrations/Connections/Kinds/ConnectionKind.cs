using System.Text.Json;

namespace Zeron.Integrations.Connections.Kinds;

/// <summary>
/// What one kind of connection means: its name in the API, its default address and model, and how its secret is
/// proven (one cheap authenticated read). A new kind (issue 11's <c>jira</c>, <c>github</c>) is one small subclass
/// and one line in <see cref="ConnectionKinds.All"/>; validation, storage, the check and the admin page follow.
/// </summary>
internal abstract class ConnectionKind
{
    /// <summary>Lower case, as clients send it (<c>anthropic</c>).</summary>
    public abstract string Name { get; }

    /// <summary>Shown in the admin page's kind select.</summary>
    public abstract string Title { get; }

    /// <summary>Null when there is none (a Jira site is the customer's own): the URL is then required.</summary>
    public abstract Uri? DefaultBaseUrl { get; }

    /// <summary>The request field that carries the secret (<c>apiKey</c>; Jira <c>apiToken</c>, GitHub <c>token</c>).</summary>
    public virtual string SecretField => "apiKey";

    /// <summary>What the secret is called in messages (<c>API key</c>, <c>API token</c>, <c>token</c>).</summary>
    public virtual string SecretTitle => "API key";

    /// <summary>The request and answer field that carries the address (<c>baseUrl</c>; GitHub's REST root <c>apiUrl</c>).</summary>
    public virtual string UrlField => "baseUrl";

    /// <summary>Whether the secret belongs to an account named by e-mail (Jira's Basic sign-in), so <c>email</c> is required.</summary>
    public virtual bool NeedsEmail => false;

    /// <summary>The model used when the connection names none; null for kinds without models.</summary>
    public virtual string? DefaultModel => null;

    /// <summary>Whether the LLM router may use it in place of the instance's provider of the same <see cref="Name"/>.</summary>
    public virtual bool IsLlmProvider => false;

    /// <summary>The request that proves <paramref name="secret"/> (with <paramref name="email"/>, for kinds that need one) works at <paramref name="baseUrl"/>.</summary>
    public abstract HttpRequestMessage ProbeRequest(Uri baseUrl, string secret, string? email);

    /// <summary>Whether a request field (camelCase: <c>apiKey</c>, <c>baseUrl</c>, <c>email</c>, <c>model</c>…) is one this kind reads; another kind's field is refused, not dropped.</summary>
    public bool Takes(string field) =>
        field == SecretField || field == UrlField || (field == "email" && NeedsEmail) || (field == "model" && IsLlmProvider);

    /// <summary>Of the three secret fields a request may carry, the one this kind reads.</summary>
    public string? SecretFrom(string? apiKey, string? apiToken, string? token) => SecretField switch
    {
        "apiToken" => apiToken,
        "token" => token,
        _ => apiKey,
    };

    /// <summary>Of the two URL fields a request may carry, the one this kind reads.</summary>
    public string? UrlFrom(string? baseUrl, string? apiUrl) => UrlField == "apiUrl" ? apiUrl : baseUrl;

    /// <summary>What a successful probe's body says about <paramref name="model"/>: one more check step, or null when the kind has none.</summary>
    public virtual CheckStep? Inspect(JsonElement body, string model) => null;

    /// <summary><paramref name="path"/> (starting with a slash) under <paramref name="baseUrl"/>, whose own path is kept.</summary>
    protected static Uri Under(Uri baseUrl, string path) => new($"{baseUrl.AbsoluteUri.TrimEnd('/')}{path}");
}

/// <summary>One step of a check, as <see cref="Contracts.Connections.ConnectionCheckStepDto"/> reports it.</summary>
internal sealed record CheckStep(string Name, bool Ok, string Detail);
