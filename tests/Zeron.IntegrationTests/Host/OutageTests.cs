using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Npgsql;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>
/// Issue 10 point 1 (docs/adr/0015-outages-are-503.md): PostgreSQL or Redis stopped under load. Widget, API and admin
/// UI answer only 2xx or 503 (never 500), a 503 has <c>Retry-After</c> and names the dependency, the widget's keeps its
/// CORS for the admitted origin, <c>/health/ready</c> is 503 naming the one down, no acknowledged submission is lost,
/// and once the server is back everything answers again without restarting the app. Each phase waits for a positive
/// signal (every route seen failing, every route seen answering), never for a fixed time.
/// </summary>
public sealed class OutageTests(OwnServicesAppFactory app) : IClassFixture<OwnServicesAppFactory>, IAsyncLifetime
{
    private const string Origin = "https://shop.example";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <summary>A test that failed mid-outage must not leave the next one (or the fixture's cleanup) without its servers.</summary>
    public async ValueTask DisposeAsync()
    {
        await app.Postgres.EnsureStartedAsync();
        await app.RedisServer.EnsureStartedAsync();
    }

    [Theory]
    [InlineData("immediate")]
    [InlineData("fast")]
    public async Task PostgreSQL_stopped_under_load_is_503_everywhere_and_recovers_without_a_restart(string mode)
    {
        await using var load = await Load.StartAsync(app);
        await load.UntilEveryRouteAsync(s => s is >= 200 and < 300, "every route answers before the outage");

        await app.Postgres.StopAsync(mode);
        load.NextPhase();
        await load.UntilEveryRouteAsync(s => s == 503, "every route reports the outage");
        using (var ready = await load.Anonymous.GetAsync("/health/ready", Ct))
        {
            ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            var body = await ready.ReadJsonAsync();
            body["checks"]!["postgres"]!.GetValue<string>().Should().Be("Unhealthy");
            body["checks"]!["redis"]!.GetValue<string>().Should().Be("Healthy");
            body["details"]?["postgres"]?.GetValue<string>().Should().Be("PostgreSQL does not answer.");
        }

        await app.Postgres.StartAsync();
        load.NextPhase();
        await load.UntilEveryRouteAsync(s => s is >= 200 and < 300, "every route answers again, without a restart");
        await load.StopAsync();

        load.Unexpected().Should().BeEmpty("an outage is 2xx or 503, never a 500");
        load.Outages().Should().NotBeEmpty();
        load.Outages().Should().OnlyContain(a => a.RetryAfter == "5");
        load.Outages().Where(a => a.Route.StartsWith("widget", StringComparison.Ordinal))
            .Should().NotBeEmpty().And.OnlyContain(a => a.AllowOrigin == Origin, "the widget must be able to read the 503 to back off");
        load.Outages().Where(a => a.Route is "api" or "widget config" or "widget submit")
            .Should().OnlyContain(a => a.ContentType == "application/problem+json" && a.Body.Contains("cannot reach its database (PostgreSQL)"));
        load.Outages().Where(a => a.Route is "admin" or "jobs dashboard")
            .Should().OnlyContain(a => a.ContentType == "text/html" && a.Body.Contains("Zeron cannot reach its database"));
        await load.AcknowledgedSubmissionsAreStoredAsync();
    }

    [Fact]
    public async Task Redis_stopped_under_load_is_reported_by_readiness_only_and_recovers_without_a_restart()
    {
        await using var load = await Load.StartAsync(app);
        await load.UntilEveryRouteAsync(s => s is >= 200 and < 300, "every route answers before the outage");

        await app.RedisServer.StopAsync();
        load.NextPhase();
        await load.UntilAsync(a => a.Route == "ready" && a.Status == 503, "readiness reports Redis down");
        using (var ready = await load.Anonymous.GetAsync("/health/ready", Ct))
        {
            ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            var body = await ready.ReadJsonAsync();
            body["checks"]!["redis"]!.GetValue<string>().Should().Be("Unhealthy");
            body["checks"]!["postgres"]!.GetValue<string>().Should().Be("Healthy");
            body["details"]?["redis"]?.GetValue<string>().Should().Be("Redis does not answer.");
        }

        // Redis holds only the widget's rate-limit counters, which fail open: submissions are stored, not refused.
        await load.UntilAsync(a => a.Route == "widget submit" && a.Status == 201, "a submission is stored while Redis is down");
        await app.RedisServer.StartAsync();
        load.NextPhase();
        await load.UntilEveryRouteAsync(s => s is >= 200 and < 300, "every route answers again, readiness included");
        await load.StopAsync();

        load.Unexpected().Should().BeEmpty("an outage is 2xx or 503, never a 500");
        load.Outages().Should().OnlyContain(a => a.Route == "ready", "only readiness depends on Redis");
        await load.AcknowledgedSubmissionsAreStoredAsync();
    }

    /// <summary>Four clients going round every route until stopped; every answer is kept with its phase.</summary>
    private sealed class Load : IAsyncDisposable
    {
        private readonly ConcurrentQueue<Answer> _answers = new();
        private readonly ConcurrentBag<string> _acknowledged = [];
        private readonly CancellationTokenSource _stop = new();
        private readonly List<(string Route, Func<HttpRequestMessage> Request)> _routes;
        private readonly OwnServicesAppFactory _app;
        private readonly HttpClient _admin;
        private readonly HttpClient _cookies;
        private readonly Guid _project;
        private Task[] _workers = [];
        private int _phase;

        private Load(OwnServicesAppFactory app, HttpClient admin, HttpClient cookies, Guid org, Guid project, string key)
        {
            _app = app;
            _admin = admin;
            _cookies = cookies;
            _project = project;
            Anonymous = app.CreateClient();
            _routes =
            [
                ("widget config", () => Widget(HttpMethod.Get, $"/api/widget/v1/config?key={key}")),
                ("widget submit", () =>
                {
                    var clientId = Guid.NewGuid().ToString();
                    var request = Widget(HttpMethod.Post, $"/api/widget/v1/feedback?key={key}");
                    request.Content = JsonContent.Create(new { projectKey = key, clientId, message = "Checkout is slow" });
                    request.Options.Set(ClientId, clientId);
                    return request;
                }),
                ("api", () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/orgs/{org}/projects")),
                ("admin", () => new HttpRequestMessage(HttpMethod.Get, "/admin/feedback")),
                ("jobs dashboard", () => new HttpRequestMessage(HttpMethod.Get, "/admin/jobs")),
                ("ready", () => new HttpRequestMessage(HttpMethod.Get, "/health/ready")),
            ];
        }

        private static readonly HttpRequestOptionsKey<string> ClientId = new("clientId");

        public HttpClient Anonymous { get; }

        public static async Task<Load> StartAsync(OwnServicesAppFactory app)
        {
            var admin = await app.CreateAdminClientAsync();
            var org = await admin.DemoOrganizationIdAsync();
            using var created = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = $"Outage {Guid.NewGuid():N}", allowedOrigins = new[] { Origin } }, Ct);
            created.EnsureSuccessStatusCode();
            var project = await created.ReadJsonAsync();
            var cookies = AdminSignIn.CookieClient(app, new CookieContainer());
            (await AdminSignIn.SignInAsync(cookies, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword)).Dispose();
            var load = new Load(app, admin, cookies, org, project["id"]!.GetValue<Guid>(), project["publicKey"]!.GetValue<string>());
            load._workers = [.. Enumerable.Range(0, 4).Select(_ => Task.Run(load.RunAsync))];
            return load;
        }

        public void NextPhase() => Interlocked.Increment(ref _phase);

        /// <summary>Waits until, in this phase, every route has given an answer whose status passes <paramref name="wanted"/>.</summary>
        public Task UntilEveryRouteAsync(Func<int, bool> wanted, string because) =>
            WaitAsync(() =>
            {
                var phase = Volatile.Read(ref _phase);
                return _routes.All(r => _answers.Any(a => a.Phase == phase && a.Route == r.Route && wanted(a.Status)));
            }, because);

        public Task UntilAsync(Func<Answer, bool> wanted, string because) =>
            WaitAsync(() => _answers.Any(a => a.Phase == Volatile.Read(ref _phase) && wanted(a)), because);

        public async Task StopAsync()
        {
            if (_stop.IsCancellationRequested)
            {
                return;
            }

            await _stop.CancelAsync();
            await Task.WhenAll(_workers);
            var counts = _answers.GroupBy(a => (a.Phase, a.Route, a.Status)).OrderBy(g => g.Key).Select(g => $"phase {g.Key.Phase} {g.Key.Route} {g.Key.Status} ×{g.Count()}");
            TestContext.Current.TestOutputHelper?.WriteLine(string.Join(Environment.NewLine, counts));
        }

        public IEnumerable<Answer> Unexpected() => _answers.Where(a => a.Status is not (>= 200 and < 300 or 503));

        public IEnumerable<Answer> Outages() => _answers.Where(a => a.Status == 503);

        public async Task AcknowledgedSubmissionsAreStoredAsync()
        {
            _acknowledged.Should().NotBeEmpty();
            // Not from the pool: its connections did not survive the restart either.
            await using var db = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_app.ConnectionString) { Pooling = false }.ConnectionString);
            await db.OpenAsync(Ct);
            await using var select = new NpgsqlCommand("SELECT client_id FROM feedback.feedback_items WHERE project_id = @project", db);
            select.Parameters.AddWithValue("project", _project);
            var stored = new HashSet<string>();
            await using (var reader = await select.ExecuteReaderAsync(Ct))
            {
                while (await reader.ReadAsync(Ct))
                {
                    stored.Add(reader.GetString(0));
                }
            }

            _acknowledged.Should().OnlyContain(id => stored.Contains(id), "a submission answered 201 must be stored");
        }

        public async ValueTask DisposeAsync()
        {
            await StopAsync();
            _stop.Dispose();
            Anonymous.Dispose();
            _admin.Dispose();
            _cookies.Dispose();
        }

        private static HttpRequestMessage Widget(HttpMethod method, string path)
        {
            var request = new HttpRequestMessage(method, path);
            request.Headers.Add("Origin", Origin);
            return request;
        }

        private async Task WaitAsync(Func<bool> done, string because)
        {
            // A bound only so a broken recovery fails instead of hanging; nothing is asserted about how long it took.
            using var bound = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            bound.CancelAfter(TimeSpan.FromMinutes(2));
            while (!done())
            {
                if (bound.IsCancellationRequested)
                {
                    var phase = Volatile.Read(ref _phase);
                    var seen = _answers.Where(a => a.Phase == phase).GroupBy(a => (a.Route, a.Status)).Select(g => $"{g.Key.Route} {g.Key.Status} ×{g.Count()}");
                    throw new Xunit.Sdk.XunitException($"Not seen: {because}. Seen in this phase: {string.Join(", ", seen)}");
                }

                await Task.Delay(20, CancellationToken.None);
            }
        }

        private async Task RunAsync()
        {
            for (var i = Random.Shared.Next(_routes.Count); !_stop.IsCancellationRequested; i++)
            {
                var (route, create) = _routes[i % _routes.Count];
                using var request = create();
                var phase = Volatile.Read(ref _phase);
                var client = route is "admin" or "jobs dashboard" ? _cookies : route == "api" ? _admin : Anonymous;
                try
                {
                    using var response = await client.SendAsync(request, CancellationToken.None);
                    var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                    var answer = new Answer(phase, route, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType,
                        response.Headers.RetryAfter?.ToString(),
                        response.Headers.TryGetValues("Access-Control-Allow-Origin", out var allow) ? allow.Single() : null, body);
                    _answers.Enqueue(answer);
                    if (answer.Status == 201 && request.Options.TryGetValue(ClientId, out var clientId))
                    {
                        _acknowledged.Add(clientId);
                    }
                }
                catch (HttpRequestException ex)
                {
                    _answers.Enqueue(new Answer(phase, route, 0, null, null, null, ex.Message));
                }
            }
        }
    }

    internal sealed record Answer(int Phase, string Route, int Status, string? ContentType, string? RetryAfter, string? AllowOrigin, string Body);
}
