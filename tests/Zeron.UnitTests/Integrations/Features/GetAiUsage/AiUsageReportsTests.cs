using AwesomeAssertions;
using Xunit;
using Zeron.Integrations.Contracts.Ai;
using Zeron.Integrations.Features.GetAiUsage;

namespace Zeron.UnitTests.Integrations.Features.GetAiUsage;

public sealed class AiUsageReportsTests
{
    private static readonly Guid Org = Guid.NewGuid();

    private static readonly AiUsageCell[] Cells =
    [
        new(new DateOnly(2026, 12, 2), "conversation", "anthropic", "claude-haiku-4-5", 2, 10, 1, 2, 3, 4, 0.5m, 1, 0),
        new(new DateOnly(2026, 12, 2), "triage", "anthropic", "claude-haiku-4-5", 1, 100, 0, 0, 0, 40, 0.25m, 0, 1),
        new(new DateOnly(2026, 12, 4), "conversation", "openai", "gpt-5-mini", 3, 1000, 0, 0, 500, 400, 1m, 3, 0),
    ];

    [Fact]
    public void By_day_every_day_is_there_in_order_with_zeros_and_same_day_cells_are_summed()
    {
        var report = AiUsageReports.Build(Query(AiUsageGrouping.Day), Cells);

        report.GroupBy.Should().Be("day");
        report.Items.Select(i => i.Key).Should().Equal("2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05");
        report.Items[0].Should().Be(new AiUsageRow("2026-12-01", 0, 0, 0, 0, 0, 0, 0m, 0, 0));
        report.Items[1].Should().Be(new AiUsageRow("2026-12-02", 3, 110, 1, 2, 3, 44, 0.75m, 1, 1));
        report.Items[3].Should().Be(new AiUsageRow("2026-12-04", 3, 1000, 0, 0, 500, 400, 1m, 3, 0));
        report.TotalUsd.Should().Be(1.75m);
    }

    [Fact]
    public void By_feature_and_model_only_used_keys_come_the_costliest_first()
    {
        var byFeature = AiUsageReports.Build(Query(AiUsageGrouping.Feature), Cells);
        byFeature.Items.Select(i => (i.Key, i.Calls, i.CostUsd)).Should().Equal(("conversation", 5L, 1.5m), ("triage", 1L, 0.25m));

        var byModel = AiUsageReports.Build(Query(AiUsageGrouping.Model), Cells);
        byModel.GroupBy.Should().Be("model");
        byModel.Items.Select(i => (i.Key, i.Calls, i.CostUsd)).Should().Equal(("openai/gpt-5-mini", 3L, 1m), ("anthropic/claude-haiku-4-5", 3L, 0.75m));
        byModel.TotalUsd.Should().Be(1.75m);
    }

    [Fact]
    public void Nothing_used_is_an_empty_list_except_by_day()
    {
        AiUsageReports.Build(Query(AiUsageGrouping.Feature), []).Items.Should().BeEmpty();
        AiUsageReports.Build(Query(AiUsageGrouping.Day), []).Items.Should().HaveCount(5).And.OnlyContain(i => i.Calls == 0 && i.CostUsd == 0);
    }

    [Theory]
    [InlineData(null, AiUsageGrouping.Day)]
    [InlineData("", AiUsageGrouping.Day)]
    [InlineData("day", AiUsageGrouping.Day)]
    [InlineData("feature", AiUsageGrouping.Feature)]
    [InlineData("model", AiUsageGrouping.Model)]
    public void The_api_names_parse(string? name, AiUsageGrouping expected)
    {
        AiUsageGroupings.TryParse(name, out var grouping).Should().BeTrue();
        grouping.Should().Be(expected);
    }

    [Theory]
    [InlineData("Day")]
    [InlineData("week")]
    [InlineData("0")]
    [InlineData("2")]
    public void Other_names_and_numbers_are_refused(string name) =>
        AiUsageGroupings.TryParse(name, out _).Should().BeFalse();

    private static GetAiUsageQuery Query(AiUsageGrouping grouping) => new(Org, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 5), grouping);
}
