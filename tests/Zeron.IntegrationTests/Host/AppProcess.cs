using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Zeron.IntegrationTests.Host;

/// <summary>The real app as its own process (<c>dotnet Zeron.Web.dll</c>), for how it starts, refuses to, or stops.</summary>
internal static partial class AppProcess
{
    /// <summary>Runs the app with only <paramref name="environment"/> for its settings; returns once it exits.</summary>
    public static async Task<(int ExitCode, string Stderr)> RunAsync(Dictionary<string, string> environment)
    {
        using var process = Process.Start(StartInfo(environment))!;
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

    /// <summary>Starts the app and returns once it listens (its log says where); the caller stops it.</summary>
    public static async Task<Running> StartAsync(Dictionary<string, string> environment)
    {
        var process = Process.Start(StartInfo(environment))!;
        var output = new Running(process);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await output.ListeningTask.WaitAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException)
        {
            await output.DisposeAsync();
            throw new InvalidOperationException("The app did not start. Output: " + output.Output, ex);
        }

        return output;
    }

    private static ProcessStartInfo StartInfo(Dictionary<string, string> environment)
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
        return start;
    }

    /// <summary>A started app: its address (from "Now listening on:"), its output so far, and a way to signal it.</summary>
    public sealed class Running : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly System.Text.StringBuilder _output = new();
        private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Running(Process process)
        {
            _process = process;
            process.OutputDataReceived += (_, e) => Received(e.Data);
            process.ErrorDataReceived += (_, e) => Received(e.Data);
            process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException("The app exited."));
            process.EnableRaisingEvents = true;
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Task<Uri> ListeningTask => _listening.Task;

        public Uri BaseAddress => _listening.Task.Result;

        public int Id => _process.Id;

        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        /// <summary>Sends SIGTERM, as <c>docker stop</c>, systemd and Kubernetes do.</summary>
        public async Task TerminateAsync()
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
            await kill.WaitForExitAsync();
        }

        /// <summary>Waits for the exit (at most <paramref name="limit"/>); its exit code, or null if it is still running.</summary>
        public async Task<int?> WaitForExitAsync(TimeSpan limit)
        {
            using var timeout = new CancellationTokenSource(limit);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
                return _process.ExitCode;
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        private void Received(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_output)
            {
                _output.AppendLine(line);
            }

            if (ListeningRegex().Match(line) is { Success: true } match)
            {
                _listening.TrySetResult(new Uri(match.Groups[1].Value.TrimEnd('/') + "/"));
            }
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningRegex();
}
