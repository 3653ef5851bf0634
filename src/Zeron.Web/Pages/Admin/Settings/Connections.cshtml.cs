using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Integrations.Contracts.Connections;
using Zeron.SharedKernel.Messaging;
using Zeron.Web.Pages.Admin.Feedback;

namespace Zeron.Web.Pages.Admin.Settings;

/// <summary>
/// The organization's connections (Admins and Owners only): add one (its secret is typed once and never shown
/// again), check it, rotate its secret, delete it. Posts but a refused add redirect back; a check's result rides once in
/// TempData. The form has one address and one secret input whatever the kind; they are sent as the kind's own fields
/// (<see cref="ConnectionKindDto.UrlField"/>, <see cref="ConnectionKindDto.SecretField"/>), and refusals of those
/// fields are shown next to the inputs.
/// </summary>
public sealed class ConnectionsModel(ISender sender) : AdminPageModel(sender)
{
    public IReadOnlyList<ConnectionDto> Connections { get; private set; } = [];

    public IReadOnlyList<ConnectionKindDto> Kinds { get; private set; } = [];

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? BaseUrl { get; set; }

    [BindProperty]
    public string? Model { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The kind the form shows: the one chosen, else the first.</summary>
    public ConnectionKindDto? SelectedKind => Kinds.FirstOrDefault(k => k.Name == Kind) ?? (Kinds.Count > 0 ? Kinds[0] : null);

    public FieldErrors Errors { get; private set; } = FieldErrors.None;

    public CheckedConnection? Checked { get; private set; }

    [TempData]
    public string? CheckedJson { get; set; }

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Error { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Checked = CheckedJson is null ? null : JsonSerializer.Deserialize<CheckedConnection>(CheckedJson);
        return await LoadAsync() ?? Page();
    }

    /// <summary>The key is a parameter, not a bound property: a refused form is shown again without it.</summary>
    public async Task<IActionResult> OnPostCreateAsync(string? apiKey)
    {
        if (await LoadAsync() is { } refusal)
        {
            return refusal;
        }

        try
        {
            // Only the kind's own fields: the API refuses another kind's (an unknown kind is refused on its own).
            var kind = Kinds.FirstOrDefault(k => k.Name == Kind);
            var (url, secret) = (Blank(BaseUrl), apiKey ?? "");
            string? Field(string name, string? value) => kind is null || kind.SecretField == name || kind.UrlField == name ? value : null;
            var result = await Sender.Send(
                new CreateConnectionCommand(CurrentOrganization!.Id, Kind ?? "", Name ?? "", Field("apiKey", secret), Field("baseUrl", url),
                    kind?.DefaultModel is null ? null : Blank(Model), kind?.NeedsEmail == true ? Blank(Email) : null,
                    ApiToken: Field("apiToken", secret), ApiUrl: Field("apiUrl", url), Token: Field("token", secret)), HttpContext.RequestAborted);
            if (!result.IsSuccess)
            {
                Errors = new FieldErrors(new Dictionary<string, string[]> { ["name"] = [result.Error!.Message] });
                return Page();
            }

            Message = $"Connection {result.Value.Name} added. Check it to see that the key works.";
            return RedirectToPage();
        }
        catch (RequestValidationException ex)
        {
            Errors = new FieldErrors(ex.Errors.GroupBy(e => FormField(e.Key)).ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray()));
            return Page();
        }
    }

    public async Task<IActionResult> OnPostCheckAsync(Guid id)
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        var found = await Sender.Send(new GetConnectionQuery(CurrentOrganization!.Id, id), HttpContext.RequestAborted);
        var result = await Sender.Send(new CheckConnectionCommand(CurrentOrganization.Id, id), HttpContext.RequestAborted);
        if (!found.IsSuccess || !result.IsSuccess)
        {
            Error = ConnectionGone;
            return RedirectToPage();
        }

        CheckedJson = JsonSerializer.Serialize(new CheckedConnection(found.Value.Name, result.Value));
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRotateAsync(Guid id, string? apiKey)
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        try
        {
            var found = await Sender.Send(new GetConnectionQuery(CurrentOrganization!.Id, id), HttpContext.RequestAborted);
            if (!found.IsSuccess)
            {
                Error = ConnectionGone;
                return RedirectToPage();
            }

            var kind = (await Sender.Send(new ListConnectionKindsQuery(), HttpContext.RequestAborted)).First(k => k.Name == found.Value.Kind);
            var secret = apiKey ?? "";
            var result = await Sender.Send(new UpdateConnectionCommand(CurrentOrganization.Id, id, null, null, null,
                kind.SecretField == "apiKey" ? secret : null,
                ApiToken: kind.SecretField == "apiToken" ? secret : null,
                Token: kind.SecretField == "token" ? secret : null), HttpContext.RequestAborted);
            (Message, Error) = result.IsSuccess ? ($"The {SecretTitle(kind)} of {result.Value.Name} was replaced.", (string?)null) : (null, ConnectionGone);
        }
        catch (RequestValidationException ex)
        {
            Error = $"The key was not replaced: {string.Join(" ", ex.Errors.SelectMany(e => e.Value))}";
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        var result = await Sender.Send(new DeleteConnectionCommand(CurrentOrganization!.Id, id), HttpContext.RequestAborted);
        (Message, Error) = result.IsSuccess ? ("Connection deleted, with its API key.", (string?)null) : (null, ConnectionGone);
        return RedirectToPage();
    }

    private const string ConnectionGone = "That connection no longer exists.";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The form's input a refused field belongs to (one address input, one secret input).</summary>
    private static string FormField(string field) => field switch
    {
        "apiToken" or "token" => "apiKey",
        "apiUrl" => "baseUrl",
        _ => field,
    };

    /// <summary>What the kind's secret is called on the page.</summary>
    public static string SecretTitle(ConnectionKindDto? kind) => kind?.SecretField switch
    {
        "apiToken" => "API token",
        "token" => "token",
        _ => "API key",
    };

    /// <summary>The address input's label for the kind.</summary>
    public static string UrlLabel(ConnectionKindDto? kind) => kind switch
    {
        { UrlField: "apiUrl" } => "API URL (optional)",
        { DefaultBaseUrl: null } => "Site URL",
        _ => "Base URL (optional)",
    };

    private async Task<IActionResult?> LoadAsync()
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        Kinds = await Sender.Send(new ListConnectionKindsQuery(), HttpContext.RequestAborted);
        Connections = (await Sender.Send(new ListConnectionsQuery(CurrentOrganization!.Id), HttpContext.RequestAborted)).Items;
        return null;
    }

    /// <summary>A check's result with the name of the connection it was for.</summary>
    public sealed record CheckedConnection(string Name, ConnectionCheckDto Result);
}
