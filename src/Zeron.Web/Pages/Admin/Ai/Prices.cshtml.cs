using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zeron.Integrations.Contracts.Ai;
using Zeron.SharedKernel.Messaging;
using Zeron.SharedKernel.Tenancy;
using Zeron.Web.Pages.Admin.Feedback;

namespace Zeron.Web.Pages.Admin.Ai;

/// <summary>
/// The dated LLM price rows every organization's calls are charged by (system administrators: they span tenants). A
/// change is a new row from a day on; calls already made keep the cost they were charged, so rows are never edited.
/// </summary>
[Authorize(Policy = TenancyExtensions.SystemAdminPolicy)]
public sealed class PricesModel(ISender sender, TimeProvider clock) : AdminPageModel(sender)
{
    public IReadOnlyList<LlmPriceDto> Prices { get; private set; } = [];

    [BindProperty]
    public PriceForm Form { get; set; } = new();

    public FieldErrors Errors { get; private set; } = FieldErrors.None;

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync()
    {
        Form.EffectiveFrom = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Prices = await Sender.Send(new ListLlmPricesQuery(), HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (command, formErrors) = Form.ToCommand();
        if (command is not null)
        {
            try
            {
                var saved = await Sender.Send(command, HttpContext.RequestAborted);
                if (saved.IsSuccess)
                {
                    Message = $"Price of {saved.Value.Provider}/{saved.Value.Model} from {saved.Value.EffectiveFrom:yyyy-MM-dd} added.";
                    return RedirectToPage();
                }

                formErrors = new Dictionary<string, string[]> { ["effectiveFrom"] = [saved.Error!.Message] };
            }
            catch (RequestValidationException ex)
            {
                formErrors = ex.Errors;
            }
        }

        Errors = new FieldErrors(formErrors);
        Prices = await Sender.Send(new ListLlmPricesQuery(), HttpContext.RequestAborted);
        return Page();
    }
}
