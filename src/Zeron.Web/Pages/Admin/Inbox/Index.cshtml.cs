using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Contracts.Projects;
using Zeron.SharedKernel.Messaging;

namespace Zeron.Web.Pages.Admin.Inbox;

/// <summary>The feedback inbox of the current organization: filters, full-text search, cursor paging, bulk status.</summary>
public sealed class IndexModel(ISender sender) : AdminPageModel(sender)
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public InboxFilterForm Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "cursor")]
    public string? Cursor { get; set; }

    public IReadOnlyList<ProjectDto> Projects { get; private set; } = [];

    public FeedbackPageDto Results { get; private set; } = new([], null);

    public IReadOnlyDictionary<string, string?>? Errors { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (CurrentOrganization is null)
        {
            return NoOrganization();
        }

        Projects = await Sender.Send(new ListProjectsQuery(CurrentOrganization.Id), HttpContext.RequestAborted);
        try
        {
            var result = await Sender.Send(new ListFeedbackQuery(CurrentOrganization.Id, Filter.Project, Filter.ToFilter(), Cursor, PageSize), HttpContext.RequestAborted);
            Results = result.IsSuccess ? result.Value : Results;
        }
        catch (RequestValidationException ex)
        {
            Errors = ex.Errors.ToDictionary(e => e.Key, e => (string?)string.Join(" ", e.Value));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostBulkStatusAsync(List<Guid> selected, FeedbackStatus status)
    {
        if (CurrentOrganization is null)
        {
            return NoOrganization();
        }

        var changed = await Sender.Send(new BulkUpdateStatusCommand(CurrentOrganization.Id, selected, status), HttpContext.RequestAborted);
        Message = $"{changed} item(s) set to {status}.";
        return RedirectToPage(Filter.RouteValues());
    }

    public string ProjectName(Guid id) => Projects.FirstOrDefault(p => p.Id == id)?.Name ?? "—";
}
