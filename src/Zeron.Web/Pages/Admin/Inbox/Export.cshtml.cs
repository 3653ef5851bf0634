using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Feedback.Contracts.Items;
using Zeron.SharedKernel.Http;

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

        var export = new ExportFeedbackCsvQuery(CurrentOrganization.Id, projectId, Filter.ToFilter());
        await CsvDownload.WriteAsync(Response, export.FileName, Sender.CreateStream(export, HttpContext.RequestAborted), HttpContext.RequestAborted);
        return new EmptyResult();
    }
}
