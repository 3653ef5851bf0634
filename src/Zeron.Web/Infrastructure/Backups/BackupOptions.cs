using Cronos;
using Microsoft.Extensions.Options;

namespace Zeron.Web.Infrastructure.Backups;

/// <summary>
/// The in-app backup job (<c>Zeron__Backup__*</c>): off unless <see cref="Cron"/> is set; then every run writes a
/// dated folder under <see cref="Directory"/> and keeps the newest <see cref="Keep"/>.
/// </summary>
internal sealed class BackupOptions
{
    public const string Section = "Zeron:Backup";

    /// <summary>Cronos expression, 5 fields (or 6 with seconds), e.g. <c>0 * * * *</c> for hourly; empty: no job.</summary>
    public string? Cron { get; set; }

    public string? Directory { get; set; }

    public int Keep { get; set; } = 24;

    /// <summary>The client programs (from PATH by default); the Docker image installs both.</summary>
    public string PgDump { get; set; } = "pg_dump";

    public string RedisCli { get; set; } = "redis-cli";

    public bool Enabled => !string.IsNullOrWhiteSpace(Cron);

    /// <summary>Hangfire takes 5 fields, or 6 with seconds first; Cronos reads both.</summary>
    public static bool TryParseCron(string cron, out CronExpression? expression)
    {
        var format = cron.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
        return CronExpression.TryParse(cron.Trim(), format, out expression);
    }
}

internal sealed class BackupOptionsValidator : IValidateOptions<BackupOptions>
{
    public ValidateOptionsResult Validate(string? name, BackupOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!BackupOptions.TryParseCron(options.Cron!, out _))
        {
            failures.Add($"Zeron__Backup__Cron is not a cron expression: '{options.Cron}' (e.g. '0 * * * *' for hourly).");
        }

        if (string.IsNullOrWhiteSpace(options.Directory))
        {
            failures.Add("Zeron__Backup__Directory is missing: the backup job (Zeron__Backup__Cron) needs a folder to write to.");
        }

        if (options.Keep is < 1 or > 10_000)
        {
            failures.Add("Zeron__Backup__Keep must be a whole number from 1 to 10000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
