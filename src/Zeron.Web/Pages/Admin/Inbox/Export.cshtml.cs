using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Feedback.Contracts.Items;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Messaging;

namespace Zeron.Web.Pages.Admin.Inbox;

/// <summary>
/// The inbox's CSV download with the inbox's filters (one project, or all): the same stream and CSV format as the
/// integrator API's export. An invalid filter (a hand-edited link) is a 400 page, an unknown project a 404.
/// </summary>
public sealed class ExportModel(ISender sender) : AdminPageModel(sender)
{
    [BindProperty(SupportsGet = true)]
    public InboxFilterForm Filter { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (CurrentOrganization is null)
        {
            return NotFound();
        }

        // Validates the filter and the project before anything is streamed.
        try
        {
            var check = await Sender.Send(new ListFeedbackQuery(CurrentOrganization.Id, Filter.Project, Filter.ToFilter(), null, 1), HttpContext.RequestAborted);
            if (!check.IsSuccess)
            {
                return NotFound();
            }
        }
        catch (RequestValidationException)
        {
            return BadRequest();
        }

        var export = new ExportFeedbackCsvQuery(CurrentOrganization.Id, Filter.Project, Filter.ToFilter());
        await CsvDownload.WriteAsync(Response, export.FileName, Sender.CreateStream(export, HttpContext.RequestAborted), HttpContext.RequestAborted);
        return new EmptyResult();
    }
}
