using AwesomeAssertions;
using Xunit;
using Zeron.Integrations.Embeddings;

namespace Zeron.UnitTests.Integrations.Embeddings;

/// <summary>How background embedding reads "the machine is busy": niced time (its own threads) is not foreground.</summary>
public sealed class ForegroundCpuTests
{
    [Fact]
    public void Foreground_is_user_system_and_interrupt_time_not_nice_idle_or_iowait()
    {
        //                               user nice system idle iowait irq softirq steal guest guest_nice
        var sample = ForegroundCpu.Parse("cpu  100  900  20     800  10     5   5       0     0     0");

        sample.Should().Be(new ForegroundCpu.Sample(Foreground: 130, Total: 1840));
    }

    [Theory]
    [InlineData("cpu0 1 2 3 4 5 6 7 8")] // a per-CPU line, not the total
    [InlineData("cpu 1 2 3")]
    [InlineData("")]
    public void A_line_that_is_not_the_total_is_no_sample(string line) =>
        ForegroundCpu.Parse(line).Should().BeNull();

    [Fact]
    public void On_this_machine_the_first_look_is_never_busy_and_a_busy_share_above_one_never_is()
    {
        var never = new ForegroundCpu(TimeProvider.System) { BusyShare = 1.01 };

        never.IsBusy().Should().BeFalse("nothing to compare with yet");
        Thread.SpinWait(10_000_000); // foreground work of this test's own
        never.IsBusy().Should().BeFalse();
    }
}
