using AwesomeAssertions;
using Xunit;
using Zeron.SharedKernel.Search;

namespace Zeron.UnitTests.SharedKernel.Search;

public sealed class ReciprocalRankFusionTests
{
    [Fact]
    public void A_key_in_both_lists_sums_its_reciprocal_ranks_and_says_which_lists_found_it()
    {
        var fused = ReciprocalRankFusion.Fuse<string>([["a", "b", "c"], ["c", "a"]]);

        fused.Select(h => h.Key).Should().Equal("a", "c", "b");
        fused[0].Score.Should().BeApproximately(1.0 / 61 + 1.0 / 62, 1e-12);
        fused[1].Score.Should().BeApproximately(1.0 / 63 + 1.0 / 61, 1e-12);
        fused[2].Should().BeEquivalentTo(new { Key = "b", Score = 1.0 / 62, FoundBy = new[] { 0 } });
        fused[0].FoundBy.Should().Equal(0, 1);
    }

    [Fact]
    public void Equal_scores_keep_the_better_rank_then_the_earlier_list()
    {
        var fused = ReciprocalRankFusion.Fuse<string>([["x", "y"], ["z", "w"]]);

        fused.Select(h => h.Key).Should().Equal("x", "z", "y", "w");
    }

    [Fact]
    public void A_repeat_within_one_list_counts_once_and_k_shapes_the_scores()
    {
        var fused = ReciprocalRankFusion.Fuse<int>([[1, 1, 2]], k: 0);

        fused.Should().HaveCount(2);
        fused[0].Score.Should().Be(1.0);
        fused[1].Score.Should().Be(1.0 / 3, "the repeat still took rank 2");
    }

    [Fact]
    public void No_lists_or_empty_lists_fuse_to_nothing()
    {
        ReciprocalRankFusion.Fuse<int>([]).Should().BeEmpty();
        ReciprocalRankFusion.Fuse<int>([[], []]).Should().BeEmpty();
    }
}
