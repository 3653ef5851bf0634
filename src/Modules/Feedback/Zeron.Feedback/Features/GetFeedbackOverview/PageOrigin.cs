namespace Zeron.Feedback.Features.GetFeedbackOverview;

/// <summary>The origin of the page a submission names (the widget sends <c>location.href</c>); the API may send none.</summary>
internal static class PageOrigin
{
    /// <summary>
    /// <c>scheme://host[:port]</c> of an absolute http(s) URL, lower-case, the port only when not the default, never
    /// a <c>user:password@</c> part; null for none or anything else.
    /// </summary>
    public static string? Of(string? pageUrl) =>
        Uri.TryCreate(pageUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) && url.Host.Length > 0
            ? $"{url.Scheme}://{url.Authority}"
            : null;
}
