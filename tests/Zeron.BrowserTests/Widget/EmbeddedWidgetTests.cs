using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Widget;

/// <summary>The widget embedded in a customer's page on another origin, end to end through the real API.</summary>
public sealed class EmbeddedWidgetTests(WidgetAppFactory app, ChromiumFixture chromium)
    : WidgetTest(app, chromium), IClassFixture<WidgetAppFactory>
{
    private const string Queued = "Saved — will send when you’re back online";
    private const string Thanks = "Thanks! We'll reply here.";

    [Fact]
    public async Task A_visitor_on_an_allowed_site_sends_feedback_and_the_integrator_api_returns_it()
    {
        var (org, project, key) = await CreateProjectAsync(Site.Origin);
        var url = Site.Serve("/shop", EmbedPage(key));
        var message = $"The checkout button is hidden on mobile ({Guid.NewGuid():N})";

        await Page.GotoAsync(url);
        await Expect(Panel).ToBeHiddenAsync();
        await Launcher.ClickAsync();
        await Expect(Panel).ToBeVisibleAsync();
        await Expect(Launcher).ToHaveAttributeAsync("aria-expanded", "true");
        await MessageField.FillAsync(message);
        await SendButton.ClickAsync();

        await Expect(LiveRegion).ToHaveTextAsync(Thanks);
        await Expect(Panel.GetByText(Thanks)).ToBeVisibleAsync();
        await Expect(Panel.GetByRole(AriaRole.Listitem).Filter(new() { HasText = message })).ToBeVisibleAsync();
        (await Page.EvaluateAsync<string?>("k => localStorage.getItem(`zeron:${k}:queue`)", key)).Should().BeNull("a delivered item leaves the queue");
        await Artifacts.ScreenshotAsync(Page, "widget-sent");

        var stored = await WaitForStoredAsync(org, project, m => m.Count > 0, TimeSpan.FromSeconds(10));
        stored.Should().Equal(message);
    }

    [Fact]
    public async Task A_site_missing_from_the_allowlist_gets_no_widget_one_console_line_saying_why_cannot_post_and_stores_nothing()
    {
        var (org, project, key) = await CreateProjectAsync("https://shop.example.com");
        var url = Site.Serve("/foreign", EmbedPage(key));
        var zeronLines = new List<string>();
        Page.Console += (_, m) =>
        {
            if (m.Text.StartsWith("Zeron:", StringComparison.Ordinal))
            {
                lock (zeronLines)
                {
                    zeronLines.Add(m.Text);
                }
            }
        };
        var configRequests = 0;
        var submitAttempts = 0;
        Page.Request += (_, r) =>
        {
            if (r.Url.Contains("/api/widget/v1/config", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref configRequests);
            }
            else if (r.Method == "POST" && IsSubmit(r.Url))
            {
                Interlocked.Increment(ref submitAttempts);
            }
        };

        // A message queued while the site was still allowed: tried once at start-up, then no longer retried.
        await Page.AddInitScriptAsync($$"""
            (() => {
              const clientId = crypto.randomUUID();
              localStorage.setItem('zeron:{{key}}:queue', JSON.stringify([{ clientId, attempts: 0, nextAttemptAt: 0, lease: 0,
                body: { projectKey: '{{key}}', clientId, message: 'Queued before the origin was removed', pageUrl: location.href } }]));
            })();
            """);
        await Page.GotoAsync(url);
        await Page.WaitForFunctionAsync("() => window.Zeron !== undefined");
        await UntilAsync(() => Task.FromResult(Snapshot(zeronLines).Count > 0));
        // The config's 403 is readable (ADR 21), so the widget says why once, and neither retries nor shows a launcher.
        await Poll.WhileAsync(
            () => Snapshot(zeronLines).Count == 1 && Volatile.Read(ref configRequests) == 1 && Volatile.Read(ref submitAttempts) <= 1,
            TimeSpan.FromSeconds(5));
        Snapshot(zeronLines).Should().Equal(
            $"Zeron: this site's origin {Site.Origin} is not allowed for project {key}; add it in Feedback → project → allowed origins");
        configRequests.Should().Be(1, "a refusal is not retried");
        submitAttempts.Should().BeLessThanOrEqualTo(1, "the queue stops once the site is known to be refused (its backoff would retry within 2.4 s)");
        await Expect(Page.Locator("[data-zeron-widget]")).ToHaveCountAsync(0);
        await Expect(Launcher).ToHaveCountAsync(0);

        // Sending anyway, as a simple request (no preflight), so the POST itself reaches the handler's origin check.
        var endpoint = new Uri(App.KestrelAddress(), "api/widget/v1/feedback").ToString();
        var outcome = await Page.EvaluateAsync<string>(
            """
            async ([endpoint, key]) => {
              try {
                const res = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'text/plain' },
                  body: JSON.stringify({ projectKey: key, clientId: crypto.randomUUID(), message: 'From a foreign site', pageUrl: location.href }) });
                return 'status ' + res.status;
              } catch (e) { return 'network error'; }
            }
            """,
            new[] { endpoint, key });
        outcome.Should().Be("network error", "a refused origin gets no Access-Control-Allow-Origin");

        // The browser saw the server's answer (refused for want of CORS); nothing is stored then, nor in the seconds after.
        await Poll.WhileAsync(async () => (await StoredMessagesAsync(org, project)).Count == 0, TimeSpan.FromSeconds(2));
        (await StoredMessagesAsync(org, project)).Should().BeEmpty();
    }

    [Fact]
    public async Task Hostile_host_css_cannot_hide_or_restyle_the_widget_and_the_widget_leaves_no_trace_but_Zeron()
    {
        var (_, _, key) = await CreateProjectAsync(Site.Origin);
        const string hostile = "<style>* { all: unset; color: red !important } button { display: none !important }</style>";
        var url = Site.Serve("/hostile", $$"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Hostile</title>{{hostile}}</head>
            <body><h1>Hostile shop</h1><button type="button">Host button</button></body>
            </html>
            """);

        await Page.GotoAsync(url);
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Host button" })).ToBeHiddenAsync(); // the host CSS is in force
        var before = await SnapshotAsync();

        await Page.EvaluateAsync(
            """
            ([src, key]) => {
              const s = document.createElement('script');
              s.src = src;
              s.async = true;
              s.dataset.projectKey = key;
              document.body.append(s);
            }
            """,
            new[] { ScriptUrl, key });

        await Expect(Launcher).ToBeVisibleAsync();
        var color = await Launcher.EvaluateAsync<string>("el => getComputedStyle(el).color");
        color.Should().NotBe("rgb(255, 0, 0)");
        (await Launcher.EvaluateAsync<string>("el => getComputedStyle(el).display")).Should().NotBe("none");
        (await Page.EvaluateAsync<bool>("() => !!document.querySelector('[data-zeron-widget]').shadowRoot")).Should().BeTrue();

        await Launcher.ClickAsync();
        await Expect(Panel).ToBeVisibleAsync();
        await Expect(SendButton).ToBeVisibleAsync();
        (await SendButton.EvaluateAsync<string>("el => getComputedStyle(el).color")).Should().NotBe("rgb(255, 0, 0)");
        await Artifacts.ScreenshotAsync(Page, "widget-hostile-css");

        var after = await SnapshotAsync();
        after.Styles.Should().Be(before.Styles, "the widget's styles live in its shadow root");
        after.Globals.Except(before.Globals).Should().Equal("Zeron");
        (await Page.Locator("[data-zeron-widget]").CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Feedback_sent_offline_survives_a_reload_and_is_delivered_exactly_once_when_back_online()
    {
        var (org, project, key) = await CreateProjectAsync(Site.Origin);
        var url = Site.Serve("/offline", EmbedPage(key));
        var message = $"Written on the train ({Guid.NewGuid():N})";
        var queueKey = $"zeron:{key}:queue";
        var submits = WatchSubmits();

        await Page.GotoAsync(url);
        await Launcher.ClickAsync();
        await MessageField.FillAsync(message);

        // Offline emulation fails the request (preflight included) inside the browser: nothing reaches the server.
        await GoOfflineAsync();
        await SendButton.ClickAsync();
        await Expect(LiveRegion).ToHaveTextAsync(Queued);
        await Expect(Panel.GetByRole(AriaRole.Listitem).Filter(new() { HasText = message })).ToContainTextAsync(Queued);
        var queued = (await QueueAsync(queueKey)).Should().ContainSingle().Which;
        queued.Message.Should().Be(message);
        await UntilAsync(() => Task.FromResult(submits.Failures.Count > 0));
        submits.Failures.Should().OnlyContain(f => f == "net::ERR_INTERNET_DISCONNECTED");
        submits.Statuses.Should().BeEmpty();
        (await StoredMessagesAsync(org, project)).Should().BeEmpty();

        // As after a long time offline: the backoff is at its five-minute cap, so within this test only the widget's
        // `online` listener can send the item. The queue is rewritten in the reloaded document before the widget
        // starts, so the old page's own timed retry (which may hold the item's lease when it unloads) cannot race it.
        await Page.AddInitScriptAsync($$"""
            (() => {
              const q = JSON.parse(localStorage.getItem('{{queueKey}}') || '[]');
              localStorage.setItem('{{queueKey}}', JSON.stringify(q.map(e => ({ ...e, attempts: 8, nextAttemptAt: Date.now() + 3e5, lease: 0 }))));
            })();
            """);

        // Reload while still offline: the page and the script come from the test, the queue from storage. The reloaded
        // widget tries once at start-up, fails in the browser again, and backs off.
        await RouteWhileOfflineAsync(url);
        await Page.ReloadAsync();
        await Page.WaitForFunctionAsync("() => window.Zeron !== undefined");
        await UntilAsync(async () => await QueueAsync(queueKey) is [{ Attempts: 9 }]);
        var afterReload = (await QueueAsync(queueKey)).Should().ContainSingle().Which;
        afterReload.ClientId.Should().Be(queued.ClientId);
        afterReload.Message.Should().Be(message);
        afterReload.Attempts.Should().Be(9, "the start-up attempt failed offline");
        afterReload.WaitMs.Should().BeGreaterThan(60_000, "the next timed retry is minutes away");
        submits.Statuses.Should().BeEmpty();
        (await StoredMessagesAsync(org, project)).Should().BeEmpty();

        await BackOnlineAsync();
        var stored = await WaitForStoredAsync(org, project, m => m.Count > 0, TimeSpan.FromSeconds(30));
        stored.Should().Equal(message);
        await UntilAsync(async () => (await QueueAsync(queueKey)).Count == 0);
        (await QueueAsync(queueKey)).Should().BeEmpty("a delivered item leaves the queue");

        // Back online the widget also fetches its configuration and appears; the message is sent, no longer pending.
        await Launcher.ClickAsync();
        var item = Panel.GetByRole(AriaRole.Listitem).Filter(new() { HasText = message });
        await Expect(item).ToBeVisibleAsync();
        await Expect(item).Not.ToContainTextAsync(Queued);

        // Delivered and out of the queue: in the seconds after there is still exactly one, sent exactly once.
        await Poll.WhileAsync(async () => submits.Statuses.Count == 1 && (await StoredMessagesAsync(org, project)).Count == 1, TimeSpan.FromSeconds(2));
        (await StoredMessagesAsync(org, project)).Should().Equal(message);
        submits.Statuses.Should().Equal(201);
    }

    [Fact]
    public async Task A_submission_whose_answer_is_lost_is_retried_with_the_same_client_id_and_stored_once()
    {
        var (org, project, key) = await CreateProjectAsync(Site.Origin);
        var url = Site.Serve("/lost-answer", EmbedPage(key));
        var message = $"Sent from the lift ({Guid.NewGuid():N})";
        var queueKey = $"zeron:{key}:queue";
        var attempts = new List<(string? ClientId, int Status)>();
        var arrivals = 0;
        var releaseRetries = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Every submission goes through to the server; the first one's answer is lost on the way back (connection
        // reset), and retries wait until the test has seen the queued state.
        await Page.RouteAsync(IsSubmit, async route =>
        {
            if (route.Request.Method != "POST")
            {
                await route.FallbackAsync();
                return;
            }

            var n = Interlocked.Increment(ref arrivals);
            if (n > 1)
            {
                await releaseRetries.Task;
            }

            var response = await route.FetchAsync();
            lock (attempts)
            {
                attempts.Add((ClientIdOf(route.Request), response.Status));
            }

            if (n == 1)
            {
                await route.AbortAsync("connectionreset");
            }
            else
            {
                await route.FulfillAsync(new() { Response = response });
            }
        });

        await Page.GotoAsync(url);
        await Launcher.ClickAsync();
        await MessageField.FillAsync(message);
        await SendButton.ClickAsync();

        // The server stored it, but the page saw a network error: it keeps the item and says it will send it.
        await Expect(LiveRegion).ToHaveTextAsync(Queued);
        await Expect(Panel.GetByRole(AriaRole.Listitem).Filter(new() { HasText = message })).ToContainTextAsync(Queued);
        var queued = (await QueueAsync(queueKey)).Should().ContainSingle().Which;
        queued.Message.Should().Be(message);
        (await StoredMessagesAsync(org, project)).Should().Equal(message);
        Snapshot(attempts).Should().Equal((queued.ClientId, 201));

        // The timed retry sends the same clientId; the server answers 200 with the first result.
        releaseRetries.SetResult();
        await Expect(LiveRegion).ToHaveTextAsync(Thanks, new() { Timeout = 30_000 });
        await UntilAsync(async () => (await QueueAsync(queueKey)).Count == 0);
        (await QueueAsync(queueKey)).Should().BeEmpty("a delivered item leaves the queue");
        var item = Panel.GetByRole(AriaRole.Listitem).Filter(new() { HasText = message });
        await Expect(item).ToBeVisibleAsync();
        await Expect(item).Not.ToContainTextAsync(Queued);
        (await StoredMessagesAsync(org, project)).Should().Equal(message);
        Snapshot(attempts).Should().Equal((queued.ClientId, 201), (queued.ClientId, 200));

        // Delivered and out of the queue: in the seconds after, still one item and no further attempt.
        await Poll.WhileAsync(async () => Snapshot(attempts).Count == 2 && (await StoredMessagesAsync(org, project)).Count == 1, TimeSpan.FromSeconds(2));
        (await StoredMessagesAsync(org, project)).Should().Equal(message);
        Snapshot(attempts).Should().HaveCount(2);
    }

    /// <summary>
    /// Offline, and already in effect: Chromium applies the emulation asynchronously, so on a loaded machine a request
    /// sent right after <c>SetOfflineAsync</c> could still reach the server. Wait until a request of the page fails.
    /// </summary>
    private async Task GoOfflineAsync()
    {
        await Context.SetOfflineAsync(true);
        await Page.WaitForFunctionAsync(
            "async () => { try { await fetch('/offline-probe?' + Math.random(), { cache: 'no-store' }); return false; } catch { return true; } }",
            null, new() { PollingInterval = 100, Timeout = 15_000 });
    }

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, Cancellation);
        }
    }

    private async Task<(int Styles, string[] Globals)> SnapshotAsync()
    {
        var styles = await Page.EvaluateAsync<int>("() => document.querySelectorAll('style, link').length");
        var globals = await Page.EvaluateAsync<string[]>("() => Object.keys(window)");
        return (styles, globals);
    }

    private string SubmitUrl => new Uri(App.KestrelAddress(), "api/widget/v1/feedback").ToString();

    private bool IsSubmit(string url) => url.StartsWith(SubmitUrl + "?", StringComparison.Ordinal);

    private static string? ClientIdOf(IRequest request) =>
        JsonNode.Parse(request.PostData ?? "null")?["clientId"]?.GetValue<string>();

    private static List<T> Snapshot<T>(List<T> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }

    /// <summary>The widget's submissions as the browser reports them: answers that reached the page, and failures.</summary>
    private SubmitLog WatchSubmits()
    {
        var log = new SubmitLog();
        Page.Response += (_, r) =>
        {
            if (r.Request.Method == "POST" && IsSubmit(r.Url))
            {
                lock (log.StatusList)
                {
                    log.StatusList.Add(r.Status);
                }
            }
        };
        Page.RequestFailed += (_, r) =>
        {
            if (r.Method == "POST" && IsSubmit(r.Url))
            {
                lock (log.FailureList)
                {
                    log.FailureList.Add(r.Failure ?? "");
                }
            }
        };
        return log;
    }

    /// <summary>The widget's localStorage queue; <c>WaitMs</c> is how long until the entry's next timed attempt.</summary>
    private async Task<List<QueueEntry>> QueueAsync(string queueKey)
    {
        var json = await Page.EvaluateAsync<string>(
            "k => JSON.stringify((JSON.parse(localStorage.getItem(k)) || []).map(e => ({ clientId: e.clientId, message: e.body.message, " +
            "attempts: e.attempts, waitMs: e.nextAttemptAt - Date.now() })))",
            queueKey);
        return JsonSerializer.Deserialize<List<QueueEntry>>(json, JsonSerializerOptions.Web)!;
    }

    /// <summary>
    /// Serves the page and the widget script from the test while the browser is offline. A page served this way has no
    /// IP address, so Chromium's Local Network Access counts it as public and would refuse its requests to the API on
    /// 127.0.0.1 ("Permission was denied for this request to access the `loopback` address space") even once back
    /// online; in production both are public. Granting the site that permission keeps the loopback setup out of it.
    /// </summary>
    private async Task RouteWhileOfflineAsync(string pageUrl)
    {
        using var http = new HttpClient();
        var html = await http.GetStringAsync(pageUrl, Cancellation);
        var script = await http.GetStringAsync(ScriptUrl, Cancellation);
        // With routes on, Playwright intercepts every request of the page, and then Chromium's offline emulation does
        // not reliably stop one from reaching the server (seen under load: a send was stored although the browser
        // reported it failed). So the widget API fails here exactly as offline would, and that route goes first: the
        // page still open (whose own timed retry may fire now) must never see routes on without it.
        await Page.RouteAsync(WidgetApi, route => route.AbortAsync("internetdisconnected"));
        await Context.GrantPermissionsAsync(["local-network-access"], new() { Origin = Site.Origin });
        await Page.RouteAsync(pageUrl, route => route.FulfillAsync(new() { ContentType = "text/html; charset=utf-8", Body = html }));
        await Page.RouteAsync(ScriptUrl, route => route.FulfillAsync(new() { ContentType = "text/javascript", Body = script }));
    }

    /// <summary>Back online after <see cref="RouteWhileOfflineAsync"/>: the widget API answers again, then the browser is online.</summary>
    private async Task BackOnlineAsync()
    {
        await Page.UnrouteAsync(WidgetApi);
        await Context.SetOfflineAsync(false);
    }

    private Regex WidgetApi => new("^" + Regex.Escape(new Uri(App.KestrelAddress(), "api/widget/v1/").ToString()));

    private sealed record QueueEntry(string ClientId, string Message, int Attempts, double WaitMs);

    private sealed class SubmitLog
    {
        internal List<int> StatusList { get; } = [];

        internal List<string> FailureList { get; } = [];

        public List<int> Statuses => Snapshot(StatusList);

        public List<string> Failures => Snapshot(FailureList);
    }
}
