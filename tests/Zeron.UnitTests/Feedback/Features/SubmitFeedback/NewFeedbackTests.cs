using System.Text.Json;
using AwesomeAssertions;
using Xunit;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Contracts.Widget;
using Zeron.Feedback.Features.SubmitFeedback;
using Zeron.SharedKernel.Messaging;

namespace Zeron.UnitTests.Feedback.Features.SubmitFeedback;

public sealed class NewFeedbackTests
{
    private static readonly ProjectSnapshot Project = new(Guid.NewGuid(), Guid.NewGuid(), [], ["bug", "idea", "other"], Version: 7);

    [Theory]
    [InlineData(null, "other")]
    [InlineData("  ", "other")]
    [InlineData(" IDEA ", "idea")]
    [InlineData("nope", null)]
    public void TryCategory_normalizes_defaults_to_other_and_knows_no_unknown_ones(string? requested, string? expected) =>
        NewFeedback.TryCategory(requested, Project.Categories).Should().Be(expected);

    [Fact]
    public void Without_other_the_default_is_the_first_category_and_an_unknown_one_is_a_field_error()
    {
        NewFeedback.Category(null, ["bug", "idea"]).Should().Be("bug");
        var error = FluentActions.Invoking(() => NewFeedback.Category("other", ["bug", "idea"])).Should().Throw<RequestValidationException>().Which;
        error.Errors.Should().ContainKey("category");
    }

    [Fact]
    public void Rows_are_one_item_its_first_message_and_its_event_in_the_projects_organization()
    {
        var now = DateTimeOffset.UtcNow;
        var command = new SubmitFeedbackCommand("pk_x", null, "client-1", "It broke", "Bug", " ann@example.com ", null,
            JsonDocument.Parse("""{"anonymousId":"anon-1"}""").RootElement, null, "agent\0");

        var (item, message, received) = NewFeedback.Rows(command, Project, "bug", now);

        (item.OrganizationId, item.ProjectId, item.Category, item.SubmitterEmail, item.AnonymousId, item.UserAgent)
            .Should().Be((Project.OrganizationId, Project.Id, "bug", "ann@example.com", "anon-1", "agent"));
        (message.FeedbackItemId, message.OrganizationId, message.Author, message.Body).Should().Be((item.Id, item.OrganizationId, MessageAuthor.Submitter, "It broke"));
        received.Type.Should().Be("feedback.feedback_received", "events are stored under their stable name (ADR 13)");
        var payload = JsonDocument.Parse(received.Payload).RootElement;
        payload.GetProperty("feedbackItemId").GetGuid().Should().Be(item.Id);
        payload.GetProperty("organizationId").GetGuid().Should().Be(Project.OrganizationId);
        received.Id.Should().Be(payload.GetProperty("eventId").GetGuid());
    }
}
