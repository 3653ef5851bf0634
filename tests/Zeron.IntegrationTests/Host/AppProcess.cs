using System.Diagnostics;

namespace Zeron.IntegrationTests.Host;

/// <summary>The real app as its own process (<c>dotnet Zeron.Web.dll</c>), for how it starts or refuses to.</summary>
internal static class AppProcess
{
    /// <summary>Runs the app with only <paramref name="environment"/> for its settings; returns once it exits.</summary>
    public static async Task<(int ExitCode, string Stderr)> RunAsync(Dictionary<string, string> environment)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "Zeron.Web.dll");
        var start = new ProcessStartInfo("dotnet", [app])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("ConnectionStrings", StringComparison.Ordinal) || k.StartsWith("Zeron__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The app did not stop on bad configuration. Output: " + await stdout);
        }

        return (process.ExitCode, await stderr);
    }
}
