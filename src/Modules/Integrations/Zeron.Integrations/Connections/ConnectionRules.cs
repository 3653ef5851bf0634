using FluentValidation;
using Zeron.Integrations.Connections.Domain;
using Zeron.SharedKernel.Network;

namespace Zeron.Integrations.Connections;

/// <summary>The field rules creating and changing a connection share. No message repeats the value it refuses (a secret could be in it).</summary>
internal static class ConnectionRules
{
    public const int MaxSecretLength = 1000;

    public static void Name<T>(IRuleBuilder<T, string?> rule) =>
        rule.Must(n => n is not null && n.Trim().Length is > 0 and <= Connection.MaxNameLength && !n.Any(char.IsControl))
            .WithMessage($"Give a name of 1 to {Connection.MaxNameLength} characters, without control characters.");

    /// <param name="what">What the secret is called for the kind (the API key, the API token, the token).</param>
    public static void Secret<T>(IRuleBuilder<T, string?> rule, string what = "the API key") =>
        rule.Must(k => k is { Length: > 0 and <= MaxSecretLength } && k.All(c => c is > ' ' and < '\u007f'))
            .WithMessage($"Give {what}: 1 to {MaxSecretLength} printable ASCII characters, without spaces.");

    /// <summary>The account's e-mail address (Jira signs in with it and the API token).</summary>
    public static void Email<T>(IRuleBuilder<T, string?> rule) =>
        rule.Must(e => e is not null && e.Trim() is { Length: > 2 and <= Connection.MaxEmailLength } t && t.IndexOf('@', StringComparison.Ordinal) is > 0 and var at
                       && at < t.Length - 1 && !t.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            .WithMessage($"Give the e-mail address of the account the API token belongs to (at most {Connection.MaxEmailLength} characters).");

    /// <summary>Why <paramref name="field"/> is refused for <paramref name="kind"/>, naming the field it takes instead.</summary>
    public static string ForeignField(Kinds.ConnectionKind kind, string field)
    {
        var hint = field switch
        {
            "apiKey" or "apiToken" or "token" => $": its secret is '{kind.SecretField}'",
            "baseUrl" or "apiUrl" => $": its address is '{kind.UrlField}'",
            _ => "",
        };
        return $"A connection of kind {kind.Name} has no '{field}' field{hint}.";
    }

    /// <summary>For kinds without a default address (a Jira site): the URL must be given.</summary>
    public static void RequiredUrl<T>(IRuleBuilder<T, string?> rule, string example) =>
        rule.NotEmpty().WithMessage($"Give the site's address, e.g. {example}.");

    /// <summary>Null or empty passes (the kind's default); otherwise well formed and allowed by the outbound guard.</summary>
    public static void BaseUrl<T>(IRuleBuilder<T, string?> rule, OutboundGuard guard) =>
        rule.Must(url => string.IsNullOrEmpty(url) || ConnectionTargets.IsWellFormed(url))
            .WithMessage($"Give an absolute http(s) URL without user info, query or fragment, at most {Connection.MaxUrlLength} characters.")
            .Must(url => string.IsNullOrEmpty(url) || !ConnectionTargets.IsWellFormed(url) || ConnectionTargets.RefusalOf(guard, url) is null)
            .WithMessage((_, url) => $"This base URL cannot be used: {ConnectionTargets.RefusalOf(guard, url!)}.");

    public static void Model<T>(IRuleBuilder<T, string?> rule) =>
        rule.Must(m => string.IsNullOrEmpty(m) || (m.Length <= Connection.MaxModelLength && m.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or ':' or '/' or '@')))
            .WithMessage($"Give a model id of at most {Connection.MaxModelLength} characters (letters, digits and . - _ : / @).");
}
