using System.Text;
using Microsoft.AspNetCore.Http;

namespace Zeron.SharedKernel.Http;

/// <summary>Writes CSV lines as a download: UTF-8 without a byte order mark, RFC 4180 line ends, streamed as they come.</summary>
public static class CsvDownload
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static async Task WriteAsync(HttpResponse response, string fileName, IAsyncEnumerable<string> lines, CancellationToken cancellationToken)
    {
        response.ContentType = ContentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var writer = new StreamWriter(response.Body, Utf8, leaveOpen: true);
        await foreach (var line in lines.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(line + "\r\n");
        }
    }
}
