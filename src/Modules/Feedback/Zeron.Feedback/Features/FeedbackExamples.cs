using System.Text.Json;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Contracts.Projects;
using Zeron.Feedback.Contracts.Webhooks;
using Zeron.Feedback.Contracts.Widget;
using Zeron.SharedKernel.Http;

namespace Zeron.Feedback.Features;

/// <summary>
/// The values the OpenAPI document shows as examples (see <see cref="ApiExample"/>): typed DTOs, so an example can
/// never drift from what the endpoints really read and write.
/// </summary>
internal static class FeedbackExamples
{
    public const string Key = "pk_3xQm9TfR2bLw7KcN4vYp8sJd";

    public static readonly Guid ProjectId = Guid.Parse("0193b7e2-5c1a-7b3e-9f10-2a4c6e8b0d11");
    public static readonly Guid ItemId = Guid.Parse("0193b7e4-1a2b-7c3d-8e4f-5a6b7c8d9e01");
    public static readonly Guid ConversationId = Guid.Parse("0193b7e4-1a2b-7c3d-8e4f-5a6b7c8d9e02");
    public static readonly Guid MessageId = Guid.Parse("0193b7e5-0b1c-7d2e-8f30-4a5b6c7d8e03");
    public static readonly Guid WebhookId = Guid.Parse("0193b7e6-2c3d-7e4f-8a50-6b7c8d9e0f04");
    public static readonly DateTimeOffset Created = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Updated = new(2026, 11, 24, 14, 5, 0, TimeSpan.Zero);

    public static readonly string[] Origins = ["https://shop.example.com", "https://*.example.com"];

    public static readonly ProjectDto Project = new(ProjectId, "Web shop", Key, Origins, ["bug", "idea", "question", "praise", "other"],
        new WidgetSettingsDto("Feedback", "Found a bug or have an idea? Tell us.", "#4f46e5", "bottom-right"), Created, Updated);

    public static readonly WidgetSettingsInput WidgetInput = new("Feedback", "Found a bug or have an idea? Tell us.", "#4f46e5", "bottom-right");

    public static readonly FeedbackItemDto Item = new(ItemId, ProjectId, "The checkout button does nothing on Safari.", "bug", FeedbackStatus.Triaged,
        "ada@example.com", "https://shop.example.com/checkout", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
        JsonSerializer.SerializeToElement(new { plan = "pro", userId = "u_42" }), ["checkout", "safari"], null, Created, Updated,
        Triage: new FeedbackTriageDto("Checkout button unresponsive on Safari", "bug", -0.6, FeedbackPriority.High, "en", Created.AddSeconds(4), "claude-haiku-4-5"));

    public static readonly ConversationMessageDto AdminMessage = new(MessageId, MessageAuthor.Admin, "Thanks! We found it and ship a fix today.", Updated);

    public static readonly FeedbackItemDetailDto ItemDetail = new(Item,
        [new ConversationMessageDto(Guid.Parse("0193b7e4-1a2b-7c3d-8e4f-5a6b7c8d9e05"), MessageAuthor.Submitter, Item.Message, Created), AdminMessage], 2,
        Project.Name, null,
        [
            new FeedbackItemSummaryDto(Guid.Parse("0193b7f0-3d4e-7f50-8a61-7c8d9e0f1a06"), "Can't pay on my iPhone, the button is dead.", FeedbackStatus.New, Updated),
            new FeedbackItemSummaryDto(Guid.Parse("0193b7ef-2c3d-7e4f-8a50-6b7c8d9e0f07"), "Checkout button not working in Safari", FeedbackStatus.New, Created),
        ]);

    public static readonly FeedbackPageDto Page = new([Item with { LastActivityAt = Updated, SubmitterReplied = false, DuplicateCount = 2 }], "MjAyNi0xMS0yNFQwOTozMDowMC4wMDAwMDAwKzAwOjAwfDAxOTNiN2U0LTFhMmItN2MzZC04ZTRmLTVhNmI3YzhkOWUwMQ");

    public const string Csv = "id,created_at,status,category,email,message,page_url,tags,duplicate_of_id,ai_title,ai_category,ai_sentiment,ai_priority,ai_language,ai_triaged_at\r\n" +
        "0193b7e4-1a2b-7c3d-8e4f-5a6b7c8d9e01,2026-11-24T09:30:00Z,Triaged,bug,ada@example.com,The checkout button does nothing on Safari.,https://shop.example.com/checkout,checkout;safari,," +
        "Checkout button unresponsive on Safari,bug,-0.6,high,en,2026-11-24T09:30:04Z\r\n";

    public static readonly WidgetConfigDto Config = new("Feedback", "Found a bug or have an idea? Tell us.", "#4f46e5", "bottom-right", ["bug", "idea", "question", "praise", "other"]);

    public static readonly SubmittedFeedbackDto Submitted = new(ItemId, ConversationId, "Yk3Qh0mJ8sX2r5Tq9ZbWn4LpC7dF6gHaE1iKoUuVvMw");

    public static readonly ConversationDto Conversation = new(ConversationId,
    [
        new WidgetMessageDto(Guid.Parse("0193b7e4-1a2b-7c3d-8e4f-5a6b7c8d9e05"), "submitter", Item.Message, Created),
        new WidgetMessageDto(MessageId, "admin", AdminMessage.Body, Updated),
    ]);

    public static readonly WidgetMessageDto SubmitterReply = new(Guid.Parse("0193b7e7-3d4e-7f50-8a61-7c8d9e0f1a06"), "submitter", "Great, thank you!", Updated);

    public static readonly WebhookDto Webhook = new(WebhookId, "https://hooks.example.com/zeron", ["feedback.created", "feedback.status_changed"], Created);

    public static readonly CreatedWebhookDto CreatedWebhook = new(WebhookId, Webhook.Url, Webhook.Events, "whsec_5f1c0e9a7b3d2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c", Created);

    public static readonly WebhookDeliveryDto Delivery = new(Guid.Parse("0193b7e8-4e5f-7a61-8b72-8d9e0f1a2b07"), "feedback.created", "Succeeded", 2, 200,
        null, Created, Created.AddSeconds(31));

    /// <summary>What a 400 from the widget API looks like (RFC 9457 with the field errors).</summary>
    public static readonly object ValidationProblem = new
    {
        type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        title = "One or more validation errors occurred.",
        status = 400,
        detail = "One or more fields are invalid.",
        errors = new Dictionary<string, string[]> { ["message"] = ["The length of 'Message' must be 5000 characters or fewer. You entered 10000 characters."] },
    };

    public static readonly object TooManyRequestsProblem = new
    {
        type = "https://tools.ietf.org/html/rfc6585#section-4",
        title = "Too Many Requests",
        status = 429,
        detail = "Too many submissions; try again in 42 seconds.",
    };
}
