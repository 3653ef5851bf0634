using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Feedback.Contracts.Items;

namespace Zeron.Web.Pages.Admin.Inbox;

/// <summary>The inbox's CSV download: the same stream and CSV format as the integrator API's export.</summary>
public sealed class ExportModel(ISender sender) : AdminPageModel(sender)
{
    [BindProperty(SupportsGet = true)]
    public InboxFilterForm Filter { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (CurrentOrganization is null || Filter.Project is not { } projectId)
        {
            return NotFound();
        }

        // Validates the filter and the project before anything is streamed.
        var check = await Sender.Send(new ListFeedbackQuery(CurrentOrganization.Id, projectId, Filter.ToFilter(), null, 1), HttpContext.RequestAborted);
        if (!check.IsSuccess)
        {
            return NotFound();
        }

        var rows = Sender.CreateStream(new ExportFeedbackQuery(CurrentOrganization.Id, projectId, Filter.ToFilter()), HttpContext.RequestAborted);
        await Zeron.Feedback.FeedbackCsv.WriteAsync(Response, projectId, rows, HttpContext.RequestAborted);
        return new EmptyResult();
    }
}
