using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Zeron.Web.Infrastructure;

/// <summary>
/// The widget script with its two compressed forms, made once at the best levels (Brotli 11, gzip 9): every visitor of
/// every customer site fetches it, and compressing it per request at those levels would cost milliseconds each time.
/// The ETag is a hash of the file, weak (<c>W/</c>) because it is shared by the three encodings (RFC 9110 §8.8.1: a
/// strong tag would promise the same bytes), so one validator revalidates any cached copy; no Range is served.
/// </summary>
internal sealed class WidgetScript
{
    private const int BrotliQuality = 11;
    private const int BrotliWindow = 22;

    private WidgetScript(byte[] plain, DateTimeOffset lastModified)
    {
        Plain = plain;
        Gzip = Gzipped(plain);
        Brotli = Brotlied(plain);
        LastModified = lastModified;
        ETag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(plain).AsSpan(0, 16))}\"", isWeak: true);
    }

    public byte[] Plain { get; }

    public byte[] Gzip { get; }

    public byte[] Brotli { get; }

    public DateTimeOffset LastModified { get; }

    public EntityTagHeaderValue ETag { get; }

    public static WidgetScript Load(IFileInfo file)
    {
        using var stream = file.CreateReadStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new WidgetScript(copy.ToArray(), file.LastModified);
    }

    private static byte[] Gzipped(byte[] plain)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(plain);
        }

        return output.ToArray();
    }

    private static byte[] Brotlied(byte[] plain)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(plain.Length)];
        return BrotliEncoder.TryCompress(plain, output, out var written, BrotliQuality, BrotliWindow)
            ? output[..written]
            : throw new InvalidOperationException("Brotli could not compress the widget script.");
    }
}
