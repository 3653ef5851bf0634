using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zeron.Feedback.Contracts.Items;
using Zeron.SharedKernel.Messaging;
using Zeron.SharedKernel.Results;

namespace Zeron.Web.Pages.Admin.Inbox;

/// <summary>One feedback item: message, metadata, conversation with reply, status, tags, duplicate link.</summary>
public sealed class ItemModel(ISender sender) : AdminPageModel(sender)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public FeedbackItemDetailDto Detail { get; private set; } = null!;

    public string MetadataJson => JsonSerializer.Serialize(Detail.Item.Metadata, Indented);

    [TempData]
    public string? Message { get; set; }

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
        return Page();
    }

    /// <summary>Why the posted status was refused (the page is shown again with 400 and the item unchanged), or null.</summary>
    public string? StatusError { get; private set; }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, string? status)
    {
        // Only a status's name: a missing, unknown or numeric value would otherwise bind as the default (New).
        if (!Enum.GetNames<FeedbackStatus>().Contains(status, StringComparer.Ordinal))
        {
            StatusError = $"Choose a status: {string.Join(", ", Enum.GetNames<FeedbackStatus>())}.";
            var shown = await OnGetAsync(id);
            if (shown is PageResult page)
            {
                page.StatusCode = StatusCodes.Status400BadRequest;
            }

            return shown;
        }

        var parsed = Enum.Parse<FeedbackStatus>(status!);
        return await RunAsync(id, () => Sender.Send(new UpdateFeedbackItemCommand(CurrentOrganization!.Id, id, parsed, null), HttpContext.RequestAborted), "Status saved.");
    }

    public Task<IActionResult> OnPostTagsAsync(Guid id, string? tags) =>
        RunAsync(id, () => Sender.Send(new UpdateFeedbackItemCommand(CurrentOrganization!.Id, id, null, (tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)), HttpContext.RequestAborted), "Tags saved.");

    public Task<IActionResult> OnPostReplyAsync(Guid id, string? body) =>
        RunAsync(id, () => Sender.Send(new AddAdminReplyCommand(CurrentOrganization!.Id, id, UserId, body ?? ""), HttpContext.RequestAborted), "Reply sent.");

    public Task<IActionResult> OnPostDuplicateAsync(Guid id, Guid? duplicateOf) =>
        RunAsync(id, () => Sender.Send(new MarkDuplicateCommand(CurrentOrganization!.Id, id, duplicateOf), HttpContext.RequestAborted),
            duplicateOf is null ? "No longer marked as a duplicate." : "Marked as a duplicate.");

    private async Task<IActionResult> RunAsync<T>(Guid id, Func<ValueTask<Result<T>>> action, string success)
    {
        if (CurrentOrganization is null)
        {
            return NoOrganization();
        }

        try
        {
            var result = await action();
            Message = result.IsSuccess ? success : result.Error!.Message;
        }
        catch (RequestValidationException ex)
        {
            Message = string.Join(" ", ex.Errors.SelectMany(e => e.Value));
        }

        return RedirectToPage(new { id });
    }
}
