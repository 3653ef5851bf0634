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

    public static void Secret<T>(IRuleBuilder<T, string?> rule) =>
        rule.Must(k => k is { Length: > 0 and <= MaxSecretLength } && k.All(c => c is > ' ' and < '\u007f'))
            .WithMessage($"Give the API key: 1 to {MaxSecretLength} printable ASCII characters, without spaces.");

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
