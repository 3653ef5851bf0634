using Zeron.Web.Infrastructure;

namespace Zeron.Web.Pages.Admin.Feedback;

/// <summary>The script tag a customer pastes into their site: this app's own address plus the project's public key.</summary>
public static class EmbedSnippet
{
    /// <summary>
    /// The base URL is the one the admin reached this app on (scheme, host, path base). Behind a TLS-terminating
    /// proxy that needs forwarded headers enabled, or the snippet would say http://.
    /// </summary>
    public static string For(HttpRequest request, string publicKey) =>
        $"<script src=\"{request.Scheme}://{request.Host}{request.PathBase}{WidgetScriptMiddleware.ScriptPath}\" data-project-key=\"{publicKey}\" async></script>";
}
