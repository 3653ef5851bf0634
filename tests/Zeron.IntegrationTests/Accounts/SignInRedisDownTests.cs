using System.Net;
using AwesomeAssertions;
using Xunit;
using Zeron.IntegrationTests.Feedback.Widget;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Accounts;

/// <summary>The sign-in throttle lives in Redis; when Redis does not answer, sign-in still works (fail open, ADR 17).</summary>
public sealed class SignInRedisDownTests(WidgetRedisDownTests.NoRedisFactory app) : IClassFixture<WidgetRedisDownTests.NoRedisFactory>
{
    [Fact]
    public async Task Sign_in_and_its_failures_are_answered_as_usual_when_redis_is_unreachable()
    {
        using var client = ClientAddress.Client(app, cookies: new CookieContainer());

        (await client.TokenAsync(ZeronAppFactory.AdminEmail, "Wrong-Password-1")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.TokenAsync(ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword)).StatusCode.Should().Be(HttpStatusCode.OK);
        using var page = await client.LoginPageAsync(ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword);
        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}
