using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Accounts;

public sealed class TokenTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Valid_credentials_get_a_short_lived_bearer_token_that_the_api_accepts()
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = ZeronAppFactory.AdminEmail, password = ZeronAppFactory.AdminPassword }, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        body["tokenType"]!.GetValue<string>().Should().Be("Bearer");
        body["expiresIn"]!.GetValue<int>().Should().BeInRange(60, 3600);
        body["accessToken"]!.GetValue<string>().Split('.').Should().HaveCount(3);

        using var authorized = app.CreateClient(body["accessToken"]!.GetValue<string>());
        using var orgs = await authorized.GetAsync("/api/v1/orgs", Ct);
        orgs.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(ZeronAppFactory.AdminEmail, "wrong-password-1")]
    [InlineData("nobody@example.test", ZeronAppFactory.AdminPassword)]
    [InlineData("<script>alert(1)</script>", "x")]
    public async Task Wrong_credentials_are_one_and_the_same_401(string email, string password)
    {
        // From its own address: a failure counts against the client (and the administrator's back-off on it).
        using var client = ClientAddress.Client(app);
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password }, Ct);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem["detail"]!.GetValue<string>().Should().Be("Invalid email or password, or the account is locked.");
    }
}
