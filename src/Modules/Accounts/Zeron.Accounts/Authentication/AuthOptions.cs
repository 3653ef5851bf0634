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

    public int MaxFailedSignIns { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;
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

        if (options.MaxFailedSignIns < 1)
        {
            failures.Add("Zeron__Auth__MaxFailedSignIns must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
