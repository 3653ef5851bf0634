namespace Zeron.Web.Infrastructure;

/// <summary>
/// In front of the Hangfire dashboard (<see cref="ZeronJobs"/>): Hangfire reads the form of <c>/stats</c> (any method)
/// and of every POST command without checking the content type, so a GET of <c>/stats</c> or a POST without a form body
/// threw "Incorrect Content-Type" (a 500). Those are the client's mistakes: 405 (only POST reads stats) and 415.
/// </summary>
internal static class JobsDashboardGuard
{
    public static void Wrap(EndpointBuilder endpoint)
    {
        var next = endpoint.RequestDelegate!;
        endpoint.RequestDelegate = context => Refusal(context.Request) is { } status ? RefuseAsync(context, status) : next(context);
    }

    /// <summary>The 4xx for a request Hangfire cannot read, or null to pass it on.</summary>
    public static int? Refusal(HttpRequest request)
    {
        var post = HttpMethods.IsPost(request.Method);
        if (!post && request.Path.Value?.TrimEnd('/').EndsWith("/stats", StringComparison.OrdinalIgnoreCase) == true)
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        // A job page's own Requeue and Delete buttons (`/jobs/actions/{requeue|delete}/{id}`) POST without a body and
        // Hangfire reads no form there: left alone. Every other command reads a form.
        var singleJobAction = request.Path.Value?.Contains("/jobs/actions/", StringComparison.OrdinalIgnoreCase) == true;
        return post && !singleJobAction && !request.HasFormContentType ? StatusCodes.Status415UnsupportedMediaType : null;
    }

    private static Task RefuseAsync(HttpContext context, int status)
    {
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Allow = HttpMethods.Post;
        }

        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
