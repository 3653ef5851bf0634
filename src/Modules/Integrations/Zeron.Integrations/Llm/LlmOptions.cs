using Microsoft.Extensions.Options;

namespace Zeron.Integrations.Llm;

/// <summary>
/// <c>Zeron:Llm</c>: the instance's chat providers (<c>Zeron__Llm__Anthropic__ApiKey</c>, <c>…__BaseUrl</c>,
/// <c>…__Model</c>, and the same under <c>OpenAI</c>) and the router's failure policy. A provider without an API key is off.
/// </summary>
internal sealed class LlmOptions
{
    public const string Section = "Zeron:Llm";

    public LlmProviderOptions Anthropic { get; set; } = new() { BaseUrl = "https://api.anthropic.com", Model = "claude-haiku-4-5" };

    public LlmProviderOptions OpenAI { get; set; } = new() { BaseUrl = "https://api.openai.com", Model = "gpt-5-mini" };

    /// <summary>Failures (529, 5xx, timeouts, connection errors, 429) within <see cref="FailureWindowSeconds"/> that put a provider in cooldown.</summary>
    public int FailuresBeforeCooldown { get; set; } = 3;

    public int FailureWindowSeconds { get; set; } = 60;

    /// <summary>How long a provider rests after repeated failures, unless its <c>Retry-After</c> asks for longer.</summary>
    public int CooldownSeconds { get; set; } = 30;

    /// <summary>A 429/529 whose <c>Retry-After</c> is at most this long is retried once on the same provider; a longer one moves on.</summary>
    public int MaxRetryAfterSeconds { get; set; } = 2;
}

internal sealed class LlmProviderOptions
{
    public string? ApiKey { get; set; }

    public string BaseUrl { get; set; } = "";

    public string Model { get; set; } = "";

    /// <summary>Per attempt: the whole call, or the wait for the first streamed token.</summary>
    public int TimeoutSeconds { get; set; } = 60;
}

internal sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        var failures = new List<string>();
        Check("Anthropic", options.Anthropic, failures);
        Check("OpenAI", options.OpenAI, failures);
        if (options.FailuresBeforeCooldown < 1 || options.FailureWindowSeconds < 1 || options.CooldownSeconds < 1 || options.MaxRetryAfterSeconds < 0)
        {
            failures.Add($"{LlmOptions.Section}: FailuresBeforeCooldown, FailureWindowSeconds and CooldownSeconds must be positive, MaxRetryAfterSeconds not negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(string name, LlmProviderOptions provider, List<string> failures)
    {
        var key = $"{LlmOptions.Section}:{name}";
        if (!Uri.TryCreate(provider.BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(uri.Query))
        {
            failures.Add($"{key}:BaseUrl must be an absolute http(s) URL without a query (was '{provider.BaseUrl}').");
        }

        if (string.IsNullOrWhiteSpace(provider.Model))
        {
            failures.Add($"{key}:Model must name a model.");
        }

        if (provider.TimeoutSeconds is < 1 or > 600)
        {
            failures.Add($"{key}:TimeoutSeconds must be between 1 and 600.");
        }
    }
}
