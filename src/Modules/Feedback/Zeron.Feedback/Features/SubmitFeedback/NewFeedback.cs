using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Contracts.Widget;
using Zeron.Feedback.Domain;
using Zeron.SharedKernel.Messaging;
using Zeron.SharedKernel.Outbox;

namespace Zeron.Feedback.Features.SubmitFeedback;

/// <summary>Turns a validated submission into the rows to store: the item, its first message, and the event.</summary>
internal static class NewFeedback
{
    public const int MaxUserAgentLength = 512;

    /// <summary>The item, its first message and its <c>FeedbackReceived</c> event, ready for <see cref="SubmissionInsert"/>.</summary>
    public static SubmissionRows Rows(SubmitFeedbackCommand command, ProjectSnapshot project, string category, DateTimeOffset now)
    {
        var item = Item(command, project, category, now);
        return new SubmissionRows(item, FirstMessage(item), OutboxMessage.For(Received(item)));
    }

    /// <summary>
    /// The project's category for the input (case-insensitive); none given: "other" when the project has it, else its
    /// first. An unknown one is a field error like the validator's (the list lives in the project, not the message).
    /// </summary>
    public static string Category(string? requested, IReadOnlyList<string> allowed) =>
        TryCategory(requested, allowed) ?? throw new RequestValidationException(new Dictionary<string, string[]>
        {
            ["category"] = [$"Category must be one of: {string.Join(", ", allowed)}."],
        });

    /// <summary>As <see cref="Category"/>, with null for an unknown category.</summary>
    public static string? TryCategory(string? requested, IReadOnlyList<string> allowed)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            return allowed.Contains("other") ? "other" : allowed[0];
        }

        var wanted = requested.Trim().ToLowerInvariant();
        return allowed.Contains(wanted) ? wanted : null;
    }

    private static FeedbackItem Item(SubmitFeedbackCommand command, ProjectSnapshot project, string category, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        OrganizationId = project.OrganizationId,
        ProjectId = project.Id,
        ClientId = command.ClientId,
        Message = command.Message,
        Category = category,
        SubmitterEmail = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email.Trim(),
        PageUrl = string.IsNullOrWhiteSpace(command.PageUrl) ? null : command.PageUrl.Trim(),
        UserAgent = UserAgent(command.UserAgent),
        Metadata = FeedbackMetadata.ToJson(command.Metadata),
        AnonymousId = FeedbackMetadata.AnonymousId(command.Metadata),
        ConversationId = Guid.NewGuid(),
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>The conversation starts with the feedback itself, as the submitter's first message.</summary>
    private static ConversationMessage FirstMessage(FeedbackItem item) => new()
    {
        Id = Guid.CreateVersion7(),
        OrganizationId = item.OrganizationId,
        FeedbackItemId = item.Id,
        Author = MessageAuthor.Submitter,
        Body = item.Message,
        CreatedAt = item.CreatedAt,
    };

    private static FeedbackReceived Received(FeedbackItem item) =>
        new(Guid.CreateVersion7(), item.CreatedAt, item.OrganizationId, item.ProjectId, item.Id, item.Category);

    private static string? UserAgent(string? value)
    {
        var agent = value?.Replace("\0", "", StringComparison.Ordinal).Trim();
        return string.IsNullOrEmpty(agent) ? null : agent.Length > MaxUserAgentLength ? agent[..MaxUserAgentLength] : agent;
    }
}
