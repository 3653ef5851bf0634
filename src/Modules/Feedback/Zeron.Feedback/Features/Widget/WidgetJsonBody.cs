using System.Buffers;
using System.IO.Pipelines;
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
        var body = http.Request.BodyReader;
        ReadResult? read;
        try
        {
            read = await ReadWholeAsync(body, limit, cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            read = null;
        }

        if (read is not { } whole)
        {
            return (null, ApiProblems.PayloadTooLarge($"The request body is larger than {limit} bytes."));
        }

        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            // Parsed where Kestrel received it; only a body that arrived in several pieces is copied into one.
            ReadOnlySpan<byte> json = whole.Buffer.IsSingleSegment ? whole.Buffer.FirstSpan : whole.Buffer.ToArray();
            var value = JsonSerializer.Deserialize<T>(json, options);
            return value is null ? (null, Unreadable()) : (value, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            // InvalidOperationException: e.g. a lone UTF-16 surrogate escape, which no database column can hold.
            return (null, Unreadable());
        }
        finally
        {
            body.AdvanceTo(whole.Buffer.End);
        }
    }

    /// <summary>The whole body, or null once it passes <paramref name="limit"/> bytes (whatever the server's own limit).</summary>
    private static async Task<ReadResult?> ReadWholeAsync(PipeReader body, long limit, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await body.ReadAsync(cancellationToken);
            if (read.Buffer.Length > limit)
            {
                body.AdvanceTo(read.Buffer.End);
                return null;
            }

            if (read.IsCompleted)
            {
                return read;
            }

            // Nothing consumed, everything examined: the next read returns all of it plus what arrived since.
            body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }

    private static ProblemHttpResult Unreadable() =>
        ApiProblems.BadRequest("The request could not be read: check that the body is valid JSON of the documented shape.");
}
