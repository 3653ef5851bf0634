using Microsoft.Extensions.Options;

namespace Zeron.Accounts.Authentication;

/// <summary>Settings under <c>Zeron:Auth</c> (environment: <c>Zeron__Auth__…</c>).</summary>
internal sealed class AuthOptions
{
    public const string Section = "Zeron:Auth";

    public string JwtSigningKey { get; set; } = "";

    public string Issuer { get; set; } = "zeron";

    public string Audience { get; set; } = "zeron-api";

    public int AccessTokenMinutes { get; set; } = 15;

    /// <summary>Failed sign-ins one client address may make (over all accounts) per window before it gets 429.</summary>
    public int FailedSignInsPerClient { get; set; } = 20;

    public int FailedSignInWindowMinutes { get; set; } = 15;

    /// <summary>Failed sign-ins for one account from one client that cost nothing (typos); each further one doubles the wait.</summary>
    public int BackoffAfterFailures { get; set; } = 3;

    /// <summary>The first wait of an account on a client, in seconds (then 2×, 4×, … up to <see cref="BackoffMaxSeconds"/>).</summary>
    public int BackoffFirstSeconds { get; set; } = 1;

    public int BackoffMaxSeconds { get; set; } = 900;

    /// <summary>How often (seconds) a cookie or access token is checked against the user's security stamp; 0: every request.</summary>
    public int SessionCheckSeconds { get; set; } = 60;

    /// <summary>Replaced by the back-off settings (ADR 17); still bound so a deployment that sets it is told at start.</summary>
    public string? MaxFailedSignIns { get; set; }

    /// <inheritdoc cref="MaxFailedSignIns"/>
    public string? LockoutMinutes { get; set; }
}

/// <summary>Checks <see cref="AuthOptions"/> at start; each message names the environment variable to fix.</summary>
internal sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.JwtSigningKey))
        {
            failures.Add("Zeron__Auth__JwtSigningKey is missing: set it to a random secret of at least 32 characters.");
        }
        else if (options.JwtSigningKey.Length < 32)
        {
            failures.Add("Zeron__Auth__JwtSigningKey is too short: it needs at least 32 characters.");
        }

        if (options.AccessTokenMinutes is < 1 or > 1440)
        {
            failures.Add("Zeron__Auth__AccessTokenMinutes must be between 1 and 1440.");
        }

        Range(failures, "FailedSignInsPerClient", options.FailedSignInsPerClient, 1, 100_000);
        Range(failures, "FailedSignInWindowMinutes", options.FailedSignInWindowMinutes, 1, 1440);
        Range(failures, "BackoffAfterFailures", options.BackoffAfterFailures, 0, 1000);
        Range(failures, "BackoffFirstSeconds", options.BackoffFirstSeconds, 1, 86_400);
        Range(failures, "BackoffMaxSeconds", options.BackoffMaxSeconds, Math.Max(1, options.BackoffFirstSeconds), 86_400);
        Range(failures, "SessionCheckSeconds", options.SessionCheckSeconds, 0, 60);

        if (options.MaxFailedSignIns is not null || options.LockoutMinutes is not null)
        {
            failures.Add("Zeron__Auth__MaxFailedSignIns and Zeron__Auth__LockoutMinutes are no longer read: the fixed lockout was replaced by a "
                + "back-off per account and client (Zeron__Auth__BackoffAfterFailures, Zeron__Auth__BackoffFirstSeconds, Zeron__Auth__BackoffMaxSeconds) "
                + "and a limit per client (Zeron__Auth__FailedSignInsPerClient, Zeron__Auth__FailedSignInWindowMinutes). Remove them (docs/adr/0017).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Range(List<string> failures, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add($"Zeron__Auth__{name} must be between {min} and {max}.");
        }
    }
}
