using AwesomeAssertions;
using Xunit;
using Zeron.Accounts.Authentication;

namespace Zeron.UnitTests.Accounts.Authentication;

public sealed class AuthOptionsValidatorTests
{
    private static readonly string GoodKey = new('k', 32);

    private static AuthOptions Valid() => new() { JwtSigningKey = GoodKey, AccessTokenMinutes = 15 };

    [Fact]
    public void Good_options_succeed()
    {
        var result = new AuthOptionsValidator().Validate(null, Valid());

        result.Succeeded.Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_signing_key_fails_naming_the_environment_variable(string key)
    {
        var options = Valid();
        options.JwtSigningKey = key;

        var result = new AuthOptionsValidator().Validate(null, options);

        result.Failed.Should().BeTrue();
        result.Failures.Should().ContainSingle().Which.Should().StartWith("Zeron__Auth__JwtSigningKey is missing");
    }

    [Fact]
    public void A_signing_key_of_31_characters_is_too_short()
    {
        var options = Valid();
        options.JwtSigningKey = new string('k', 31);

        var result = new AuthOptionsValidator().Validate(null, options);

        result.Failures.Should().ContainSingle().Which.Should().StartWith("Zeron__Auth__JwtSigningKey is too short");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(1441)]
    public void Access_token_minutes_outside_1_to_1440_fail_naming_the_environment_variable(int minutes)
    {
        var options = Valid();
        options.AccessTokenMinutes = minutes;

        var result = new AuthOptionsValidator().Validate(null, options);

        result.Failures.Should().ContainSingle().Which.Should().Contain("Zeron__Auth__AccessTokenMinutes");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1440)]
    public void Access_token_minutes_at_the_bounds_are_accepted(int minutes)
    {
        var options = Valid();
        options.AccessTokenMinutes = minutes;

        new AuthOptionsValidator().Validate(null, options).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Zero_failed_sign_ins_per_client_fails_naming_the_environment_variable()
    {
        var options = Valid();
        options.FailedSignInsPerClient = 0;

        var result = new AuthOptionsValidator().Validate(null, options);

        result.Failures.Should().ContainSingle().Which.Should().Contain("Zeron__Auth__FailedSignInsPerClient");
    }

    [Fact]
    public void A_session_check_interval_over_a_minute_is_refused()
    {
        var options = Valid();
        options.SessionCheckSeconds = 61;

        new AuthOptionsValidator().Validate(null, options).Failures.Should().ContainSingle().Which.Should().Contain("Zeron__Auth__SessionCheckSeconds");
    }

    [Fact]
    public void A_back_off_cap_below_its_first_wait_is_refused()
    {
        var options = Valid();
        options.BackoffFirstSeconds = 10;
        options.BackoffMaxSeconds = 5;

        new AuthOptionsValidator().Validate(null, options).Failures.Should().ContainSingle().Which.Should().Contain("Zeron__Auth__BackoffMaxSeconds");
    }

    [Theory]
    [InlineData("5", null)]
    [InlineData(null, "15")]
    public void The_replaced_lockout_settings_stop_the_start_and_name_their_replacements(string? maxFailed, string? minutes)
    {
        var options = Valid();
        options.MaxFailedSignIns = maxFailed;
        options.LockoutMinutes = minutes;

        new AuthOptionsValidator().Validate(null, options).Failures.Should().ContainSingle()
            .Which.Should().Contain("Zeron__Auth__MaxFailedSignIns").And.Contain("Zeron__Auth__BackoffAfterFailures").And.Contain("Zeron__Auth__FailedSignInsPerClient");
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var options = new AuthOptions { JwtSigningKey = "", AccessTokenMinutes = 0, FailedSignInsPerClient = 0 };

        var result = new AuthOptionsValidator().Validate(null, options);

        result.Failures.Should().HaveCount(3);
        result.FailureMessage.Should().Contain("Zeron__Auth__JwtSigningKey")
            .And.Contain("Zeron__Auth__AccessTokenMinutes")
            .And.Contain("Zeron__Auth__FailedSignInsPerClient");
    }

    [Fact]
    public void Defaults_without_a_signing_key_are_rejected()
    {
        var result = new AuthOptionsValidator().Validate(null, new AuthOptions());

        result.Failures.Should().ContainSingle().Which.Should().Contain("Zeron__Auth__JwtSigningKey");
    }
}
