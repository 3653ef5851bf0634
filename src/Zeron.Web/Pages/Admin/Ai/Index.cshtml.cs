using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Integrations.Contracts.Ai;
using Zeron.SharedKernel.Messaging;
using Zeron.Web.Pages.Admin.Feedback;

namespace Zeron.Web.Pages.Admin.Ai;

/// <summary>
/// The current organization's AI: whether it is on (and what to configure when it is off), the providers' state, the
/// monthly budget with its form, and usage for a chosen span by day (a chart and its table), feature and model.
/// Admins and Owners only, as the API.
/// </summary>
public sealed class IndexModel(ISender sender, TimeProvider clock) : AdminPageModel(sender)
{
    public const string Path = "/admin/ai";

    public AiStatusDto Status { get; private set; } = null!;

    public AiUsageReport ByDay { get; private set; } = null!;

    public AiUsageReport ByFeature { get; private set; } = null!;

    public AiUsageReport ByModel { get; private set; } = null!;

    /// <summary>The span asked for in the query string (UTC days); empty: this month so far.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>Why the asked span was not used (it was replaced by this month so far).</summary>
    public string? SpanError { get; private set; }

    public FieldErrors BudgetErrors { get; private set; } = FieldErrors.None;

    /// <summary>What the budget form last posted, shown back when it was refused.</summary>
    public string? MonthlyUsd { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public bool BudgetUsedUp => Status.MonthlyBudgetUsd is { } budget && Status.SpentUsd >= budget;

    public async Task<IActionResult> OnGetAsync()
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        await LoadAsync();
        return Page();
    }

    /// <param name="monthlyUsd">Empty: no limit.</param>
    public async Task<IActionResult> OnPostBudgetAsync(string? monthlyUsd)
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        if (!BudgetInput.TryParse(monthlyUsd, out var usd))
        {
            return await RefusedAsync(monthlyUsd, new Dictionary<string, string[]> { ["monthlyUsd"] = ["Give an amount in USD, like 25 or 12.50, or leave it empty for no limit."] });
        }

        try
        {
            var status = await Sender.Send(new SetAiBudgetCommand(CurrentOrganization!.Id, usd), HttpContext.RequestAborted);
            Message = status.MonthlyBudgetUsd is { } budget ? $"Monthly budget set to {BudgetInput.Usd(budget)}." : "Monthly budget removed: no limit.";
            return RedirectToPage();
        }
        catch (RequestValidationException ex)
        {
            return await RefusedAsync(monthlyUsd, ex.Errors);
        }
    }

    private async Task<IActionResult> RefusedAsync(string? posted, IReadOnlyDictionary<string, string[]> errors)
    {
        MonthlyUsd = posted;
        BudgetErrors = new FieldErrors(errors);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var org = CurrentOrganization!.Id;
        var ct = HttpContext.RequestAborted;
        Status = await Sender.Send(new GetAiStatusQuery(org), ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (from, to) = (From ?? today.AddDays(1 - today.Day), To ?? today);
        try
        {
            ByDay = await Sender.Send(new GetAiUsageQuery(org, from, to, AiUsageGrouping.Day), ct);
        }
        catch (RequestValidationException ex)
        {
            SpanError = $"{string.Join(" ", ex.Errors.Values.SelectMany(m => m))} Showing this month so far instead.";
            (from, to) = (today.AddDays(1 - today.Day), today);
            ByDay = await Sender.Send(new GetAiUsageQuery(org, from, to, AiUsageGrouping.Day), ct);
        }

        (From, To) = (from, to);
        ByFeature = await Sender.Send(new GetAiUsageQuery(org, from, to, AiUsageGrouping.Feature), ct);
        ByModel = await Sender.Send(new GetAiUsageQuery(org, from, to, AiUsageGrouping.Model), ct);
    }
}
