using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.SharedKernel.Messaging;

namespace Zeron.Web.Pages.Admin.Settings;

/// <summary>
/// The user's organizations, and creating one. A name the user already has, or whose slug another organization has,
/// is first shown back with a warning and the slug it would get; "Create anyway" creates it, and the members page it
/// opens says which slug it got.
/// </summary>
public sealed class OrganizationsModel(ISender sender) : AdminPageModel(sender)
{
    public string? Error { get; private set; }

    /// <summary>Set when the name needs a second look before it is created.</summary>
    public OrganizationPreviewDto? Warning { get; private set; }

    public string? Name { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? name, bool confirmed)
    {
        Name = name;
        try
        {
            if (!confirmed && !string.IsNullOrWhiteSpace(name)
                && await Sender.Send(new PreviewOrganizationQuery(UserId, name), HttpContext.RequestAborted) is { } preview
                && (preview.NameInUse || preview.SlugTaken))
            {
                Warning = preview;
                return Page();
            }

            var result = await Sender.Send(new CreateOrganizationCommand(UserId, name ?? "", null), HttpContext.RequestAborted);
            if (result.IsSuccess)
            {
                await SelectOrganizationAsync(Sender, HttpContext, UserId, result.Value.Id);
                TempData["Message"] = $"Created {result.Value.Name}, with the slug {result.Value.Slug}.";
                return RedirectToPage("/Admin/Settings/Members");
            }

            Error = result.Error!.Message;
        }
        catch (RequestValidationException ex)
        {
            Error = string.Join(" ", ex.Errors.SelectMany(e => e.Value));
        }

        return Page();
    }
}
