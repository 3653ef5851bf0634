using System.Globalization;
using Mediator;

namespace Zeron.Web.Pages;

/// <summary>The error page the status-code pages and the exception handler re-execute (<c>/error/404</c>, <c>/error/500</c>).</summary>
public sealed class ErrorModel(ISender sender) : ErrorPageModel(sender)
{
    protected override int RequestedStatus => int.Parse((string)RouteData.Values["code"]!, CultureInfo.InvariantCulture);
}
