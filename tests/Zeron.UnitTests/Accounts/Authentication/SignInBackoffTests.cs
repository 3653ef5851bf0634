using AwesomeAssertions;
using Xunit;
using Zeron.Accounts.Authentication;

namespace Zeron.UnitTests.Accounts.Authentication;

public sealed class SignInBackoffTests
{
    private static readonly AuthOptions Defaults = new();

    [Fact]
    public void The_first_failures_of_an_account_on_a_client_cost_nothing_then_each_one_doubles_the_wait_up_to_the_cap()
    {
        var waits = Enumerable.Range(1, 16).Select(n => (int)SignInThrottle.DelayAfter(n, Defaults).TotalSeconds).ToList();

        waits.Should().Equal(0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900);
    }

    [Fact]
    public void The_free_failures_first_wait_and_cap_are_the_settings()
    {
        var settings = new AuthOptions { BackoffAfterFailures = 0, BackoffFirstSeconds = 30, BackoffMaxSeconds = 100 };

        Enumerable.Range(1, 4).Select(n => SignInThrottle.DelayAfter(n, settings).TotalSeconds).Should().Equal(30, 60, 100, 100);
    }

    [Fact]
    public void A_very_long_run_of_failures_stays_at_the_cap()
    {
        SignInThrottle.DelayAfter(int.MaxValue, Defaults).Should().Be(TimeSpan.FromSeconds(900));
    }
}
