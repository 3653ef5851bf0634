using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Feedback.Contracts.Items;
using Zeron.SharedKernel.Messaging;

namespace Zeron.Web.Pages.Admin.Inbox;

/// <summary>GDPR erasure of one submitter's feedback in the current organization (Admins and Owners).</summary>
public sealed class EraseModel(ISender sender) : AdminPageModel(sender)
{
    public IActionResult OnGet() => RedirectToPage("/Admin/Inbox/Index");

    public async Task<IActionResult> OnPostAsync(string? email)
    {
        if (CurrentOrganization is null)
        {
            return NoOrganization();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        try
        {
            var erased = await Sender.Send(new EraseSubmitterCommand(CurrentOrganization.Id, email ?? ""), HttpContext.RequestAborted);
            TempData["Message"] = $"Erased {erased} item(s) from {email}.";
        }
        catch (RequestValidationException)
        {
            TempData["Message"] = "Enter the email address to erase.";
        }

        return RedirectToPage("/Admin/Inbox/Index");
    }
}
