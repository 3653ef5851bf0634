using System.Net;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Accounts;

/// <summary>
/// Sign-in cannot be weaponised (ADR 17). Limits for this class: 10 failed sign-ins per client address per 15 min; per
/// account and client the first failure is free and the next one makes that client wait 60 s (long enough that no
/// test depends on timing). Every client has its own loopback address, so counters in the shared Redis cannot collide.
/// </summary>
public sealed class SignInThrottleTests(SignInThrottleTests.ThrottleFactory app) : IClassFixture<SignInThrottleTests.ThrottleFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Thirty_wrong_passwords_for_thirty_accounts_from_one_client_are_429_after_the_limit_on_both_sign_ins()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.DemoOrganizationIdAsync();
        var accounts = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            accounts.Add(await app.CreateSignInAccountAsync(admin, org, $"spray{i}"));
        }

        using var attacker = ClientAddress.Client(app, cookies: new CookieContainer());
        var statuses = new List<HttpStatusCode>();
        foreach (var email in accounts)
        {
            using var response = await attacker.TokenAsync(email, "Wrong-Password-1");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
                response.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 15 * 60);
            }
        }

        statuses.Should().Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 10).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 20)));
        (await attacker.TokenAsync(accounts[^1], SignInAccounts.Password)).StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "the client is over its limit, right password or not");
        using var page = await attacker.LoginPageAsync(accounts[^1], SignInAccounts.Password);
        page.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        page.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 15 * 60);
        (await page.Content.ReadAsStringAsync(Ct)).Should().MatchRegex(@"Too many attempts, try again in \d+ s\.");
        using var other = ClientAddress.Client(app);
        (await other.TokenAsync(accounts[^1], SignInAccounts.Password)).StatusCode.Should().Be(HttpStatusCode.OK, "another client has its own budget");
    }

    [Fact]
    public async Task Failures_on_the_admin_sign_in_page_and_the_token_endpoint_share_one_budget_per_client()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.DemoOrganizationIdAsync();
        using var attacker = ClientAddress.Client(app, cookies: new CookieContainer());
        for (var i = 0; i < 5; i++)
        {
            using var page = await attacker.LoginPageAsync($"nobody-{Guid.NewGuid():N}@example.test", "Wrong-Password-1");
            page.StatusCode.Should().Be(HttpStatusCode.OK);
            (await page.Content.ReadAsStringAsync(Ct)).Should().Contain("Invalid email or password");
            (await attacker.TokenAsync($"nobody-{Guid.NewGuid():N}@example.test", "Wrong-Password-1")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        var email = await app.CreateSignInAccountAsync(admin, org);
        (await attacker.TokenAsync(email, SignInAccounts.Password)).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await attacker.LoginPageAsync(email, SignInAccounts.Password)).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task A_stranger_cannot_keep_the_owner_out_the_back_off_holds_only_the_strangers_client()
    {
        using var admin = await app.CreateAdminClientAsync();
        var owner = await app.CreateSignInAccountAsync(admin, await admin.DemoOrganizationIdAsync(), "owner");
        using var stranger = ClientAddress.Client(app, cookies: new CookieContainer());
        using var ownersOwn = ClientAddress.Client(app, cookies: new CookieContainer());

        (await stranger.TokenAsync(owner, "Wrong-Password-1")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the first failure is free");
        (await stranger.TokenAsync(owner, "Wrong-Password-2")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        using var held = await stranger.TokenAsync(owner, SignInAccounts.Password);
        await held.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        held.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
        (await stranger.LoginPageAsync(owner, SignInAccounts.Password)).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);

        (await ownersOwn.TokenAsync(owner, SignInAccounts.Password)).StatusCode.Should().Be(HttpStatusCode.OK);
        using var signedIn = await ownersOwn.LoginPageAsync(owner, SignInAccounts.Password);
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.ToString().Should().Be("/admin");
    }

    [Fact]
    public async Task A_burst_of_concurrent_guesses_gets_no_more_tries_than_one_after_another()
    {
        using var admin = await app.CreateAdminClientAsync();
        var owner = await app.CreateSignInAccountAsync(admin, await admin.DemoOrganizationIdAsync(), "burst");
        using var attacker = ClientAddress.Client(app);

        // Each attempt is counted before its password is verified, so the burst cannot all pass a check made before
        // any of them was counted: one free failure (this host's setting) plus the one that starts the back-off.
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
        {
            using var response = await attacker.TokenAsync(owner, $"Wrong-Password-{i}");
            return response.StatusCode;
        }));

        answers.Count(s => s == HttpStatusCode.Unauthorized).Should().BeInRange(1, 2, string.Join(", ", answers));
        answers.Where(s => s != HttpStatusCode.Unauthorized).Should().OnlyContain(s => s == HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task An_unknown_email_backs_off_exactly_as_a_known_one_so_the_back_off_tells_nothing()
    {
        using var client = ClientAddress.Client(app);
        var unknown = $"nobody-{Guid.NewGuid():N}@example.test";

        (await client.TokenAsync(unknown, "Wrong-Password-1")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.TokenAsync(unknown, "Wrong-Password-2")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var held = await client.TokenAsync(unknown, "Wrong-Password-3");

        await held.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        held.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
    }

    [Fact]
    public async Task A_successful_sign_in_clears_the_back_off_of_that_account_on_that_client()
    {
        using var admin = await app.CreateAdminClientAsync();
        var email = await app.CreateSignInAccountAsync(admin, await admin.DemoOrganizationIdAsync());
        using var client = ClientAddress.Client(app);

        for (var round = 0; round < 2; round++)
        {
            (await client.TokenAsync(email, "Wrong-Password-1")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, $"round {round}: one failure is free");
            (await client.TokenAsync(email, SignInAccounts.Password)).StatusCode.Should().Be(HttpStatusCode.OK, $"round {round}");
        }
    }

    public sealed class ThrottleFactory : ZeronAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Zeron:Auth:FailedSignInsPerClient"] = "10",
            ["Zeron:Auth:FailedSignInWindowMinutes"] = "15",
            ["Zeron:Auth:BackoffAfterFailures"] = "1",
            ["Zeron:Auth:BackoffFirstSeconds"] = "60",
            ["Zeron:Auth:BackoffMaxSeconds"] = "600",
        };
    }
}
