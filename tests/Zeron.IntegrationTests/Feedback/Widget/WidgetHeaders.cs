namespace Zeron.IntegrationTests.Feedback.Widget;

public static class WidgetHeaders
{
    public static string? AllowOrigin(HttpResponseMessage response) => Get(response, "Access-Control-Allow-Origin");

    public static string? Get(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
