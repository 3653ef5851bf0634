using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zeron.Feedback.Contracts.Items;
using Zeron.Integrations.Contracts.Llm;
using Zeron.SharedKernel.Messaging;
using Zeron.SharedKernel.Results;

namespace Zeron.Web.Pages.Admin.Inbox;

/// <summary>
/// One feedback item: message, facts, metadata, the conversation as the submitter sees it with a reply, status and tags
/// (one save), and the duplicate link, whose original is found by part of its text.
/// </summary>
public sealed class ItemModel(ISender sender) : AdminPageModel(sender)
{
    public FeedbackItemDetailDto Detail { get; private set; } = null!;

    /// <summary>Whether the organization has AI on (the AI summary says "AI is off" when not and the item has none).</summary>
    public bool AiEnabled { get; private set; }

    [TempData]
    public string? Message { get; set; }

    /// <summary>Why the last action was refused (the item is as it was), or null.</summary>
    [TempData]
    public string? Problem { get; set; }

    /// <summary>Why the posted status was refused (the page is shown again with 400 and the item unchanged), or null.</summary>
    public string? StatusError { get; private set; }

    /// <summary>The text searched for an original (<c>?find=</c>; an empty search is refused like a too long one).</summary>
    [BindProperty(SupportsGet = true, Name = "find")]
    public string? Find { get; set; }

    /// <summary>The originals found for <see cref="Find"/>; empty with <see cref="FindError"/> when there are none.</summary>
    public IReadOnlyList<FeedbackItemSummaryDto> Candidates { get; private set; } = [];

    public string? FindError { get; private set; }

    /// <summary>"Chrome 126 on Windows", or null when the user agent is unknown (the raw string is shown).</summary>
    public string? Browser => UserAgentSummary.Describe(Detail.Item.UserAgent);

    /// <summary>The page's metadata as key and text; empty when it sent none.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata =>
        Detail.Item.Metadata.ValueKind == JsonValueKind.Object
            ? Detail.Item.Metadata.EnumerateObject()
                .Select(p => KeyValuePair.Create(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()))
                .ToList()
            : [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (CurrentOrganization is null)
        {
            return NoOrganization();
        }

        var result = await Sender.Send(new GetFeedbackItemQuery(CurrentOrganization.Id, id), HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Detail = result.Value;
        AiEnabled = (await Sender.Send(new GetAiAvailability(CurrentOrganization.Id), HttpContext.RequestAborted)).Enabled;
        if (Request.Query.ContainsKey("find"))
        {
            await FindOriginalsAsync(id);
        }

        return Page();
    }

    /// <summary>Status and tags in one save; an unknown status changes neither (the page comes back with 400).</summary>
    public async Task<IActionResult> OnPostTriageAsync(Guid id, string? status, string? tags)
    {
        if (!FeedbackStatusLabels.TryParseName(status, out var parsed))
        {
            StatusError = $"Choose a status: {FeedbackStatusLabels.Choices}.";
            var shown = await OnGetAsync(id);
            if (shown is PageResult page)
            {
                page.StatusCode = StatusCodes.Status400BadRequest;
            }

            return shown;
        }

        var list = (tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return await RunAsync(id, () => Sender.Send(new UpdateFeedbackItemCommand(CurrentOrganization!.Id, id, parsed, list), HttpContext.RequestAborted), "Status and tags saved.");
    }

    public Task<IActionResult> OnPostReplyAsync(Guid id, string? body) =>
        RunAsync(id, () => Sender.Send(new AddAdminReplyCommand(CurrentOrganization!.Id, id, UserId, body ?? ""), HttpContext.RequestAborted), "Reply sent.");

    /// <summary>Marks the item a duplicate of <paramref name="duplicateOf"/>; anything but an item of the project is refused, and the link stays as it was.</summary>
    public async Task<IActionResult> OnPostDuplicateAsync(Guid id, string? duplicateOf)
    {
        if (!Guid.TryParse(duplicateOf, out var original))
        {
            return await RunAsync(id, () => ValueTask.FromResult<Result<FeedbackItemDto>>(
                Error.Validation("feedback.duplicate_not_chosen", "Search for the original by its text, then choose it from the results.")), "");
        }

        return await RunAsync(id, () => Sender.Send(new MarkDuplicateCommand(CurrentOrganization!.Id, id, original), HttpContext.RequestAborted), "Marked as a duplicate.");
    }

    public Task<IActionResult> OnPostNotDuplicateAsync(Guid id) =>
        RunAsync(id, () => Sender.Send(new MarkDuplicateCommand(CurrentOrganization!.Id, id, null), HttpContext.RequestAborted), "No longer marked as a duplicate.");

    /// <summary>How the widget labels a message for the submitter reading it.</summary>
    public static string WidgetLabel(MessageAuthor author) => author switch
    {
        MessageAuthor.Submitter => "You",
        MessageAuthor.Assistant => "Assistant",
        _ => "Team",
    };

    private async Task FindOriginalsAsync(Guid id)
    {
        try
        {
            var found = await Sender.Send(new FindOriginalCandidatesQuery(CurrentOrganization!.Id, id, Find ?? ""), HttpContext.RequestAborted);
            Candidates = found.IsSuccess ? found.Value : [];
            FindError = Candidates.Count > 0 ? null : $"No other feedback in {Detail.ProjectName} contains “{Find!.Trim()}”. Try a shorter part of its message.";
        }
        catch (RequestValidationException ex)
        {
            FindError = string.Join(" ", ex.Errors.SelectMany(e => e.Value));
        }
    }

    private async Task<IActionResult> RunAsync<T>(Guid id, Func<ValueTask<Result<T>>> action, string success)
    {
        if (CurrentOrganization is null)
        {
            return NoOrganization();
        }

        try
        {
            var result = await action();
            if (result.IsSuccess)
            {
                Message = success;
            }
            else
            {
                Problem = result.Error!.Message;
            }
        }
        catch (RequestValidationException ex)
        {
            Problem = string.Join(" ", ex.Errors.SelectMany(e => e.Value));
        }

        return RedirectToPage(new { id });
    }
}
