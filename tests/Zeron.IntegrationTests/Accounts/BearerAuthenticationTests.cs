using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Text;
using AwesomeAssertions;
using Microsoft.IdentityModel.Tokens;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Accounts;

/// <summary>The REST API rejects every bearer that is not a live token or key, with a 401 problem and a challenge.</summary>
public sealed class BearerAuthenticationTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Rejected => new()
    {
        Jwt(ZeronAppFactory.JwtSigningKey, expires: DateTime.UtcNow.AddMinutes(-10)),
        Jwt("a-completely-different-signing-key-0123456789-abcdef", expires: DateTime.UtcNow.AddMinutes(10)),
        Jwt(ZeronAppFactory.JwtSigningKey, expires: DateTime.UtcNow.AddMinutes(10), issuer: "someone-else"),
        "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIwMTAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAifQ.",
        "not-a-token",
        "zk_AAAAAAAAAAAA_" + new string('x', 43),
        "zk_broken",
        new string('A', 8000),
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task Invalid_bearers_get_401(string bearer)
    {
        using var client = app.CreateClient(bearer);
        using var response = await client.GetAsync("/api/v1/orgs", Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Should().Contain(h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task No_credentials_get_401()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync($"/api/v1/orgs/{Guid.NewGuid()}/members", Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Expired_token_says_so()
    {
        using var client = app.CreateClient(Jwt(ZeronAppFactory.JwtSigningKey, expires: DateTime.UtcNow.AddMinutes(-10)));
        using var response = await client.GetAsync("/api/v1/orgs", Ct);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem["detail"]!.GetValue<string>().Should().Contain("expired");
    }

    private static string Jwt(string key, DateTime expires, string issuer = "zeron")
    {
        var credentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256);
        var token = new JwtSecurityToken(issuer, "zeron-api", [new Claim("sub", Guid.NewGuid().ToString())],
            notBefore: expires.AddMinutes(-30), expires: expires, signingCredentials: credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
