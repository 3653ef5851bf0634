using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zeron.SharedKernel.Http;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Zeron.Feedback.Features.Widget;

/// <summary>
/// Reads a widget request's JSON body by hand rather than through parameter binding, because binding reads the body
/// before any endpoint filter runs: this way the 32 KB cap is in place first. Every failure is a problem answer.
/// </summary>
internal static class WidgetJsonBody
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext http, CancellationToken cancellationToken)
        where T : class
    {
        if (!http.Request.HasJsonContentType())
        {
            return (null, ApiProblems.UnsupportedMediaType("Send the body as application/json."));
        }

        var limit = WidgetBodyLimit.Of(http);
        byte[]? body;
        try
        {
            body = await ReadCappedAsync(http.Request.Body, limit, cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null;
        }

        if (body is null)
        {
            return (null, ApiProblems.PayloadTooLarge($"The request body is larger than {limit} bytes."));
        }

        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = JsonSerializer.Deserialize<T>(body, options);
            return value is null ? (null, Unreadable()) : (value, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            // InvalidOperationException: e.g. a lone UTF-16 surrogate escape, which no database column can hold.
            return (null, Unreadable());
        }
    }

    /// <summary>The whole body, or null once it passes <paramref name="limit"/> bytes (whatever the server's own limit).</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ProblemHttpResult Unreadable() =>
        ApiProblems.BadRequest("The request could not be read: check that the body is valid JSON of the documented shape.");
}
