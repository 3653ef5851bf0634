using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Feedback.Contracts.Indexing;
using Zeron.Feedback.Contracts.Projects;
using Zeron.Integrations.Contracts.Embeddings;

namespace Zeron.Web.Pages.Admin.Feedback;

/// <summary>
/// A project's search index (Admins and Owners): how many items are embedded with the current model, and a button
/// that queues the rest (new items, or those of a previous provider). The page polls its own Progress handler
/// (admin.js) while items are left, so the count moves without a reload.
/// </summary>
public sealed class SearchIndexModel(ISender sender) : AdminPageModel(sender)
{
    public ProjectDto Project { get; private set; } = null!;

    public IndexProgressDto Progress { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public string? Problem { get; private set; }

    public string Summary => Describe(Progress);

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    /// <summary>The same numbers as JSON for admin.js: <c>{total, embedded, model, summary}</c>.</summary>
    public async Task<IActionResult> OnGetProgressAsync(Guid id) =>
        await LoadAsync(id) ?? new JsonResult(new { Progress.Total, Progress.Embedded, Progress.Model, summary = Summary });

    public async Task<IActionResult> OnPostReindexAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        var result = await Sender.Send(new ReindexFeedbackCommand(CurrentOrganization!.Id, id), HttpContext.RequestAborted);
        if (result.Error is { } error)
        {
            Problem = error.Code == EmbeddingErrors.OffCode ? OffText : error.Message;
            return Page();
        }

        Message = result.Value.Embedded == result.Value.Total
            ? "Every item is already embedded with the current model; new feedback is embedded as it arrives."
            : $"Reindexing queued: {result.Value.Total - result.Value.Embedded:N0} items to embed.";
        return RedirectToPage(new { id });
    }

    public const string OffText = "Embeddings are off on this server (Zeron__Embeddings__Provider=off): semantic search and duplicate detection are unavailable; keyword search still works.";

    public static string Describe(IndexProgressDto p) => p.Model is null
        ? OffText
        : string.Create(CultureInfo.InvariantCulture, $"{p.Embedded:N0} of {p.Total:N0} embedded with {p.Model}");

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        if (Refusal(mustManage: true) is { } refusal)
        {
            return refusal;
        }

        var project = await Sender.Send(new GetProjectQuery(CurrentOrganization!.Id, id), HttpContext.RequestAborted);
        var progress = await Sender.Send(new GetIndexProgressQuery(CurrentOrganization!.Id, id), HttpContext.RequestAborted);
        if (project.Error is not null || progress.Error is not null)
        {
            return NotFound();
        }

        (Project, Progress) = (project.Value, progress.Value);
        return null;
    }
}
