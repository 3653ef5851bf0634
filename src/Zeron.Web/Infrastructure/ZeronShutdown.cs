namespace Zeron.Web.Infrastructure;

/// <summary>
/// Graceful shutdown (SIGTERM, Ctrl-C): Kestrel stops accepting connections at once and lets in-flight requests
/// finish, Hangfire's servers take no new job and let running ones finish, all within one grace period,
/// <c>Zeron__Host__ShutdownSeconds</c> (default 30); then what is still running is cancelled. Work cut off is picked up
/// by the next start: Hangfire re-queues a job its server did not finish, and the module events job saves the rows it
/// handled before it stopped (<c>CancelledEventsRunTests</c>).
/// </summary>
internal static class ZeronShutdown
{
    public const string SecondsKey = "Zeron:Host:ShutdownSeconds";

    public static TimeSpan GracePeriod(IConfiguration configuration) => TimeSpan.FromSeconds(configuration.GetValue(SecondsKey, 30));

    public static void AddZeronShutdown(this IServiceCollection services, IConfiguration configuration)
    {
        var grace = GracePeriod(configuration);
        services.Configure<HostOptions>(o =>
        {
            o.ShutdownTimeout = grace;
            // The web server and the job servers stop side by side, so each gets the whole grace period.
            o.ServicesStopConcurrently = true;
        });
    }
}
