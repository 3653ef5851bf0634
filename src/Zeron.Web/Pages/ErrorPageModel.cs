using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.WebUtilities;
using Zeron.SharedKernel.Tenancy;
using Zeron.Web.Pages.Admin;

namespace Zeron.Web.Pages;

/// <summary>
/// An error page of the admin UI (<see cref="Infrastructure.ErrorPages"/>): in the layout with its navigation for a
/// signed-in visitor, a minimal page for anyone else; it answers the error's own status, offers a way back (home, and
/// the previous page when the browser names one of Zeron's), and for a server error shows the request's reference,
/// never the exception. Any method may land here (a POST re-executed), so no handler runs and no antiforgery check applies.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public abstract class ErrorPageModel(ISender sender) : AdminPageModel(sender)
{
    public int Status { get; private set; }

    public string Heading => Status switch
    {
        StatusCodes.Status403Forbidden => "Not allowed",
        StatusCodes.Status404NotFound => "Page not found",
        >= StatusCodes.Status500InternalServerError => "Something went wrong",
        _ => ReasonPhrases.GetReasonPhrase(Status) is { Length: > 0 } phrase ? phrase : "Something went wrong",
    };

    public string Explanation => Status switch
    {
        StatusCodes.Status403Forbidden => "Your account cannot open this page. An owner or admin of the organization can give you a role that may.",
        StatusCodes.Status404NotFound => "There is no page at this address: the link may be mistyped, or what it pointed to was removed.",
        >= StatusCodes.Status500InternalServerError => "Zeron could not finish this request. The error was logged; if it happens again, give your administrator the reference below.",
        _ => "Zeron could not handle this request.",
    };

    /// <summary>The reference of a server error (the request's trace identifier, as in the API's problem details and the logs).</summary>
    public string? Reference => Status >= StatusCodes.Status500InternalServerError ? HttpContext.TraceIdentifier : null;

    /// <summary>The page the visitor came from, when it is one of Zeron's and not this one.</summary>
    public string? PreviousPage { get; private set; }

    /// <summary>The status of a direct visit (no error re-executed here).</summary>
    protected abstract int RequestedStatus { get; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        Status = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? RequestedStatus;
        Response.StatusCode = Status;
        PreviousPage = Previous();
        if (User.UserId() is null)
        {
            await next();
            return;
        }

        await base.OnPageHandlerExecutionAsync(context, next);
    }

    private string? Previous()
    {
        if (!Uri.TryCreate(Request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
            || !string.Equals(referer.Authority, Request.Host.Value, StringComparison.OrdinalIgnoreCase)
            || referer.Scheme != Request.Scheme)
        {
            return null;
        }

        var requested = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted
            ? reExecuted.OriginalPath + reExecuted.OriginalQueryString
            : Request.Path.Value;
        var previous = referer.PathAndQuery;
        // "//host/…" would leave Zeron (a protocol-relative link); the error's own address is no way back.
        return previous.StartsWith("//", StringComparison.Ordinal) || previous.StartsWith("/\\", StringComparison.Ordinal) || previous == requested
            ? null
            : previous;
    }
}
