using System.Text;
using AwesomeAssertions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit;
using Zeron.Accounts.Authentication;
using Zeron.Accounts.Domain;
using Zeron.UnitTests.TestDoubles;

namespace Zeron.UnitTests.Accounts.Authentication;

public sealed class JwtTokenIssuerTests
{
    private static readonly DateTimeOffset Now = new(2030, 3, 4, 5, 6, 7, TimeSpan.Zero);
    private static readonly AuthOptions Settings = new()
    {
        JwtSigningKey = "unit-test-signing-key-0123456789-abcdef",
        Issuer = "zeron-test-issuer",
        Audience = "zeron-test-audience",
        AccessTokenMinutes = 20,
    };

    private static readonly ZeronUser User = new() { Id = Guid.Parse("0195f3c1-8d2a-7b3e-9c4d-5e6f7a8b9c0d"), Email = "ada@example.test" };

    private static JwtTokenIssuer Issuer(DateTimeOffset now) => new(Options.Create(Settings), new FixedTimeProvider(now));

    private static TokenValidationParameters Parameters(string signingKey, bool validateLifetime = false) => new()
    {
        ValidIssuer = Settings.Issuer,
        ValidAudience = Settings.Audience,
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ValidateLifetime = validateLifetime,
        ClockSkew = TimeSpan.Zero,
    };

    [Fact]
    public void Issue_describes_a_bearer_token_living_AccessTokenMinutes()
    {
        var issued = Issuer(Now).Issue(User);

        issued.TokenType.Should().Be("Bearer");
        issued.ExpiresIn.Should().Be(20 * 60);
        issued.AccessToken.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task The_token_validates_with_the_same_key_and_carries_issuer_audience_subject_and_lifetime()
    {
        var issued = Issuer(Now).Issue(User);

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(issued.AccessToken, Parameters(Settings.JwtSigningKey));

        result.IsValid.Should().BeTrue(result.Exception?.Message);
        var token = (JsonWebToken)result.SecurityToken;
        token.Issuer.Should().Be("zeron-test-issuer");
        token.Audiences.Should().Equal("zeron-test-audience");
        token.Subject.Should().Be(User.Id.ToString());
        token.GetClaim("email").Value.Should().Be("ada@example.test");
        token.Alg.Should().Be(SecurityAlgorithms.HmacSha256);
        token.ValidFrom.Should().Be(Now.UtcDateTime);
        token.ValidTo.Should().Be(Now.AddMinutes(20).UtcDateTime);
    }

    [Fact]
    public async Task The_token_does_not_validate_with_another_key()
    {
        var issued = Issuer(Now).Issue(User);

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(issued.AccessToken, Parameters("a-different-signing-key-0123456789-abcdef"));

        result.IsValid.Should().BeFalse();
        result.Exception.Should().BeAssignableTo<SecurityTokenInvalidSignatureException>();
    }

    [Fact]
    public async Task A_token_issued_longer_ago_than_its_lifetime_is_rejected_as_expired()
    {
        var issued = Issuer(DateTimeOffset.UtcNow.AddMinutes(-21)).Issue(User);

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(issued.AccessToken, Parameters(Settings.JwtSigningKey, validateLifetime: true));

        result.IsValid.Should().BeFalse();
        result.Exception.Should().BeOfType<SecurityTokenExpiredException>();
    }

    [Fact]
    public async Task A_freshly_issued_token_passes_lifetime_validation()
    {
        var issued = Issuer(DateTimeOffset.UtcNow).Issue(User);

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(issued.AccessToken, Parameters(Settings.JwtSigningKey, validateLifetime: true));

        result.IsValid.Should().BeTrue(result.Exception?.Message);
    }

    [Fact]
    public void Each_issued_token_has_its_own_id()
    {
        var issuer = Issuer(Now);

        var first = new JsonWebToken(issuer.Issue(User).AccessToken);
        var second = new JsonWebToken(issuer.Issue(User).AccessToken);

        first.Id.Should().NotBeNullOrEmpty().And.NotBe(second.Id);
    }
}
