using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using AwesomeAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;
using Zeron.SharedKernel.Jobs;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>
/// SIGTERM to the real app process (on the fixture's database, as a second instance): it refuses new connections,
/// finishes the request in flight, takes its Hangfire servers out of the rota and exits 0 within
/// <c>Zeron__Host__ShutdownSeconds</c>. The slow request is a sign-in whose body the test sends only after the signal.
/// (Only after: Kestrel's shutdown cancels a body read that has seen part of a JSON document, dotnet/aspnetcore#19476.)
/// </summary>
public sealed class GracefulShutdownTests(GracefulShutdownTests.ShortGraceFactory app) : IClassFixture<GracefulShutdownTests.ShortGraceFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_request_in_flight_completes_new_connections_are_refused_and_the_process_exits_0()
    {
        await using var process = await AppProcess.StartAsync(Environment(shutdownSeconds: 20));
        await WaitForServersAsync(process.Id, JobQueues.All.Count);
        using var connection = await SignInStartedAsync(process.BaseAddress, out var body);
        var stream = connection.GetStream();

        var stopping = Stopwatch.StartNew();
        await process.TerminateAsync();
        await WaitUntilRefusedAsync(process.BaseAddress);
        await stream.WriteAsync(body, Ct);
        var response = await ReadToEndAsync(stream);
        var exitCode = await process.WaitForExitAsync(TimeSpan.FromSeconds(20));

        response.Should().StartWith("HTTP/1.1 200 ", "the sign-in begun before the signal finishes; output: {0}", process.Output).And.Contain("accessToken");
        exitCode.Should().Be(0, process.Output);
        stopping.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "the process exits within its grace period");
        TestContext.Current.TestOutputHelper?.WriteLine($"SIGTERM to exit: {stopping.Elapsed.TotalSeconds:0.00} s");
        (await ServersAsync(process.Id)).Should().Be(0, "Hangfire's servers signed off: no new job goes to this instance");
    }

    [Fact]
    public void The_grace_period_bounds_the_hosts_shutdown_and_every_service_stops_within_it()
    {
        var host = app.Services.GetRequiredService<IOptions<HostOptions>>().Value;

        host.ShutdownTimeout.Should().Be(TimeSpan.FromSeconds(ShortGraceFactory.Seconds));
        host.ServicesStopConcurrently.Should().BeTrue("the web server and the job servers share one grace period");
    }

    private Dictionary<string, string> Environment(int shutdownSeconds) => new()
    {
        ["ConnectionStrings__Postgres"] = app.RuntimeConnectionString,
        ["ConnectionStrings__PostgresMigrations"] = app.ConnectionString,
        ["ConnectionStrings__Redis"] = TestEnvironment.Redis,
        ["Zeron__Auth__JwtSigningKey"] = ZeronAppFactory.JwtSigningKey,
        ["Zeron__DataProtection__KeyEncryptionKey"] = ZeronAppFactory.KeyEncryptionKey,
        ["ZERON_ADMIN_EMAIL"] = ZeronAppFactory.AdminEmail,
        ["ZERON_ADMIN_PASSWORD"] = ZeronAppFactory.AdminPassword,
        ["Zeron__Jobs__WorkerCount"] = "1",
        ["Zeron__Jobs__WebhookWorkerCount"] = "1",
        ["Zeron__Host__ShutdownSeconds"] = shutdownSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Sends the headers of <c>POST /api/v1/auth/token</c> with <c>Expect: 100-continue</c> and returns once Kestrel
    /// answers 100 Continue, which it does when the endpoint starts reading the body: the request is in the app.
    /// </summary>
    private static Task<TcpClient> SignInStartedAsync(Uri address, out byte[] body)
    {
        body = Encoding.UTF8.GetBytes($$"""{"email":"{{ZeronAppFactory.AdminEmail}}","password":"{{ZeronAppFactory.AdminPassword}}"}""");
        return StartAsync(address, body.Length);

        static async Task<TcpClient> StartAsync(Uri address, int length)
        {
            var client = new TcpClient();
            await client.ConnectAsync(address.Host, address.Port, Ct);
            var head = $"POST /api/v1/auth/token HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\n" +
                $"Content-Length: {length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n";
            await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head), Ct);
            var interim = await ReadUntilAsync(client.GetStream(), "\r\n\r\n");
            interim.Should().StartWith("HTTP/1.1 100 Continue");
            return client;
        }
    }

    /// <summary>Connects until the listener is gone (refused or reset): the positive sign that shutdown began.</summary>
    private static async Task WaitUntilRefusedAsync(Uri address)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        while (true)
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(address.Host, address.Port, timeout.Token);
            }
            catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionRefused or SocketError.ConnectionReset)
            {
                return; // refused, or reset by the listener as it closed with this connection still in its backlog
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    private static async Task<string> ReadUntilAsync(NetworkStream stream, string end)
    {
        var text = new StringBuilder();
        var one = new byte[1];
        while (!text.ToString().EndsWith(end, StringComparison.Ordinal) && await stream.ReadAsync(one, Ct) == 1)
        {
            text.Append((char)one[0]);
        }

        return text.ToString();
    }

    private static async Task<string> ReadToEndAsync(NetworkStream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, leaveOpen: true);
        return await reader.ReadToEndAsync(Ct);
    }

    private async Task<long> ServersAsync(int processId)
    {
        await using var db = await app.OpenDatabaseAsync();
        return await db.ScalarAsync<long>("SELECT count(*) FROM hangfire.server WHERE id LIKE @name", ("name", $"zeron-%-{processId}-%"));
    }

    /// <summary>Hangfire's servers announce themselves shortly after start; wait for them, at most 30 s.</summary>
    private async Task WaitForServersAsync(int processId, long count)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (await ServersAsync(processId) != count)
        {
            await Task.Delay(100, timeout.Token);
        }
    }

    /// <summary>The fixture's own app (it owns the database the process shares) with a grace period of its own.</summary>
    public sealed class ShortGraceFactory : ZeronAppFactory
    {
        public const int Seconds = 7;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Zeron:Host:ShutdownSeconds"] = $"{Seconds}" };
    }
}
