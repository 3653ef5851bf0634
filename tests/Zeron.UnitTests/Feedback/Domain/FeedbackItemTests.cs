using AwesomeAssertions;
using Xunit;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Domain;

namespace Zeron.UnitTests.Feedback.Domain;

public sealed class FeedbackItemTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Created.AddHours(3);

    [Fact]
    public void ChangeStatus_moves_the_item_and_returns_the_change_with_its_old_status()
    {
        var item = Item();

        var changed = item.ChangeStatus(FeedbackStatus.Triaged, Now);

        item.Status.Should().Be(FeedbackStatus.Triaged);
        item.UpdatedAt.Should().Be(Now);
        changed.Should().NotBeNull();
        changed!.From.Should().Be(FeedbackStatus.New);
        changed.To.Should().Be(FeedbackStatus.Triaged);
        changed.OccurredAt.Should().Be(Now);
        (changed.OrganizationId, changed.ProjectId, changed.FeedbackItemId).Should().Be((item.OrganizationId, item.ProjectId, item.Id));
        changed.EventId.Should().NotBe(Guid.Empty);
    }

    [Fact]
    public void ChangeStatus_to_the_current_status_returns_null_and_changes_nothing()
    {
        var item = Item();

        item.ChangeStatus(FeedbackStatus.New, Now).Should().BeNull();

        item.Status.Should().Be(FeedbackStatus.New);
        item.UpdatedAt.Should().Be(Created);
    }

    [Fact]
    public void Retag_keeps_trimmed_lower_case_tags_once_each_without_blanks()
    {
        var item = Item();

        item.Retag([" UI ", "ui", "", "  ", "Checkout"], Now);

        item.Tags.Should().Equal("ui", "checkout");
        item.UpdatedAt.Should().Be(Now);
    }

    [Fact]
    public void TryMarkDuplicateOf_links_to_the_target()
    {
        var item = Item();
        var target = Item();

        item.TryMarkDuplicateOf(target, Now).Should().BeTrue();

        item.DuplicateOfId.Should().Be(target.Id);
        item.UpdatedAt.Should().Be(Now);
    }

    [Fact]
    public void TryMarkDuplicateOf_a_duplicate_links_to_its_survivor()
    {
        var survivor = Item();
        var target = Item();
        target.TryMarkDuplicateOf(survivor, Now);
        var item = Item();

        item.TryMarkDuplicateOf(target, Now).Should().BeTrue();

        item.DuplicateOfId.Should().Be(survivor.Id);
    }

    [Fact]
    public void TryMarkDuplicateOf_itself_or_of_its_own_duplicate_is_refused_and_changes_nothing()
    {
        var item = Item();
        var itsDuplicate = Item();
        itsDuplicate.TryMarkDuplicateOf(item, Now);

        item.TryMarkDuplicateOf(item, Now).Should().BeFalse();
        item.TryMarkDuplicateOf(itsDuplicate, Now).Should().BeFalse();

        item.DuplicateOfId.Should().BeNull();
        item.UpdatedAt.Should().Be(Created);
    }

    [Fact]
    public void ClearDuplicate_undoes_the_link()
    {
        var item = Item();
        item.TryMarkDuplicateOf(Item(), Created);

        item.ClearDuplicate(Now);

        item.DuplicateOfId.Should().BeNull();
        item.UpdatedAt.Should().Be(Now);
    }

    [Fact]
    public void AddAdminReply_returns_the_trimmed_message_and_its_event()
    {
        var item = Item();
        var author = Guid.NewGuid();

        var (message, added) = item.AddAdminReply(author, "  Thanks, fixed.  ", Now);

        message.Body.Should().Be("Thanks, fixed.");
        message.Author.Should().Be(MessageAuthor.Admin);
        message.AuthorUserId.Should().Be(author);
        (message.OrganizationId, message.FeedbackItemId, message.CreatedAt).Should().Be((item.OrganizationId, item.Id, Now));
        added.MessageId.Should().Be(message.Id);
        (added.OrganizationId, added.ProjectId, added.FeedbackItemId, added.OccurredAt).Should().Be((item.OrganizationId, item.ProjectId, item.Id, Now));
        item.UpdatedAt.Should().Be(Now);
    }

    [Fact]
    public void ApplyTriage_stores_the_summary_once_and_leaves_the_item_otherwise_as_it_was()
    {
        var item = Item();
        var first = new TriageSummary("Checkout button dead", "bug", -0.5, FeedbackPriority.High, "en", Now, "model-a");

        item.ApplyTriage(first).Should().BeTrue();
        item.ApplyTriage(first with { Title = "Another", Model = "model-b" }).Should().BeFalse("an item is triaged once");

        item.Triage.Should().Be(first);
        (item.Category, item.Status, item.UpdatedAt).Should().Be(("bug", FeedbackStatus.New, Created), "nobody edited the item");
    }

    private static FeedbackItem Item() => new()
    {
        Id = Guid.CreateVersion7(),
        OrganizationId = Guid.Parse("0190a000-0000-7000-8000-000000000001"),
        ProjectId = Guid.Parse("0190a000-0000-7000-8000-000000000002"),
        ClientId = Guid.NewGuid().ToString("N"),
        Message = "The checkout button does nothing",
        Category = "bug",
        ConversationId = Guid.NewGuid(),
        CreatedAt = Created,
        UpdatedAt = Created,
    };
}
