using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Contracts.Projects;
using Zeron.Feedback.Contracts.Search;
using Zeron.Integrations.Contracts.Llm;
using Zeron.SharedKernel.Messaging;

namespace Zeron.Web.Pages.Admin.Inbox;

/// <summary>
/// The feedback inbox of the current organization: status tabs with counts, filters, full-text search with the words
/// marked, two orders, cursor paging, and a bulk status change for the ticked items or for every item matching.
/// </summary>
public sealed class IndexModel(ISender sender) : AdminPageModel(sender)
{
    public const int PageSize = 25;

    /// <summary>How many hybrid-search hits head the list when a project is searched (the list below keeps the word search).</summary>
    public const int BestMatches = 10;

    [BindProperty(SupportsGet = true)]
    public InboxFilterForm Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "cursor")]
    public string? Cursor { get; set; }

    public IReadOnlyList<ProjectDto> Projects { get; private set; } = [];

    public FeedbackPageDto Results { get; private set; } = new([], null);

    public FeedbackCountsDto? Counts { get; private set; }

    /// <summary>The hybrid search of the chosen project, when there is a search and it could rank by meaning; else null (the list marks the words).</summary>
    public FeedbackSearchDto? Search { get; private set; }

    public IReadOnlyDictionary<string, string?>? Errors { get; private set; }

    /// <summary>Whether the organization has AI on; off, untriaged items say "AI is off" where their triage would be.</summary>
    public bool AiEnabled { get; private set; }

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? BulkError { get; set; }

    /// <summary>The categories to filter by, in the projects' order: the chosen project's, or every project's; a category in the URL stays listed.</summary>
    public IReadOnlyList<string> Categories =>
        Projects.Where(p => Filter.Project is null || p.Id == Filter.Project).SelectMany(p => p.Categories)
            .Append(Filter.Category?.Trim().ToLowerInvariant() ?? "").Where(c => c.Length > 0)
            .Distinct(StringComparer.Ordinal).ToList();

    public async Task<IActionResult> OnGetAsync()
    {
        if (CurrentOrganization is null)
        {
            return NoOrganization();
        }

        Projects = await Sender.Send(new ListProjectsQuery(CurrentOrganization.Id), HttpContext.RequestAborted);
        AiEnabled = (await Sender.Send(new GetAiAvailability(CurrentOrganization.Id), HttpContext.RequestAborted)).Enabled;
        try
        {
            var filter = Filter.ToFilter();
            var result = await Sender.Send(new ListFeedbackQuery(CurrentOrganization.Id, Filter.Project, filter, Cursor, PageSize, Filter.Order), HttpContext.RequestAborted);
            var counts = await Sender.Send(new CountFeedbackQuery(CurrentOrganization.Id, Filter.Project, filter, Filter.Order, Cursor), HttpContext.RequestAborted);
            Results = result.IsSuccess ? result.Value : Results;
            Counts = counts.IsSuccess ? counts.Value : null;
            if (Filter.Project is { } project && !string.IsNullOrWhiteSpace(Filter.Query))
            {
                var search = await Sender.Send(new SearchFeedbackQuery(CurrentOrganization.Id, project, Filter.Query, BestMatches), HttpContext.RequestAborted);
                Search = search is { IsSuccess: true, Value.Semantic: true } ? search.Value : null;
            }
        }
        catch (RequestValidationException ex)
        {
            Errors = ex.Errors.ToDictionary(e => e.Key, e => (string?)string.Join(" ", e.Value));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostBulkStatusAsync(List<Guid> selected, string? bulkStatus, bool allMatching)
    {
        if (CurrentOrganization is null)
        {
            return NoOrganization();
        }

        if (!FeedbackStatusLabels.TryParseName(bulkStatus, out var status))
        {
            BulkError = $"Choose a status to set: {FeedbackStatusLabels.Choices}.";
            return RedirectToPage(PageRoute());
        }

        var label = FeedbackStatusLabels.Label(status);
        try
        {
            if (allMatching)
            {
                var result = await Sender.Send(new BulkUpdateMatchingStatusCommand(CurrentOrganization.Id, Filter.Project, Filter.ToFilter(), status), HttpContext.RequestAborted);
                if (result.IsSuccess)
                {
                    Message = result.Value == 0 ? $"Nothing changed: every matching item already is {label}." : $"{Items(result.Value)} set to {label}.";
                }
                else
                {
                    BulkError = result.Error!.Message;
                }
            }
            else if (selected.Count == 0)
            {
                BulkError = "Nothing selected: tick the items to change, or choose all matching, then apply.";
            }
            else
            {
                var changed = await Sender.Send(new BulkUpdateStatusCommand(CurrentOrganization.Id, selected, status), HttpContext.RequestAborted);
                Message = changed == 0 ? $"Nothing changed: the selected items already are {label}." : $"{Items(changed)} set to {label}.";
            }
        }
        catch (RequestValidationException ex)
        {
            BulkError = string.Join(" ", ex.Errors.SelectMany(e => e.Value));
        }

        return RedirectToPage(PageRoute());
    }

    /// <summary>This page: its filters and its cursor.</summary>
    public Dictionary<string, string?> PageRoute()
    {
        var values = Filter.RouteValues();
        values["cursor"] = Cursor;
        return values;
    }

    public string ProjectName(Guid id) => Projects.FirstOrDefault(p => p.Id == id)?.Name ?? "—";

    /// <summary>"Showing 26–50 of 73", or null when nothing matches.</summary>
    public string? Range => Counts is { } c && Results.Items.Count > 0
        ? $"Showing {c.Before + 1}–{c.Before + Results.Items.Count} of {c.Matching}"
        : null;

    private static string Items(int count) => count == 1 ? "1 item" : $"{count} items";
}
