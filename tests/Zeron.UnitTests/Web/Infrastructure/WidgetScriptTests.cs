using System.IO.Compression;
using System.Text;
using AwesomeAssertions;
using Microsoft.Extensions.FileProviders;
using Xunit;
using Zeron.Web.Infrastructure;

namespace Zeron.UnitTests.Web.Infrastructure;

public sealed class WidgetScriptTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("zeron-widget-");

    [Fact]
    public void Both_compressed_forms_decompress_to_the_file()
    {
        var script = Load(string.Concat(Enumerable.Repeat("function zeron() { return 'widget'; }\n", 200)));

        Decompress(new GZipStream(new MemoryStream(script.Gzip), CompressionMode.Decompress)).Should().Equal(script.Plain);
        Decompress(new BrotliStream(new MemoryStream(script.Brotli), CompressionMode.Decompress)).Should().Equal(script.Plain);
        script.Brotli.Length.Should().BeLessThan(script.Plain.Length / 10);
    }

    [Fact]
    public void The_etag_is_weak_and_changes_with_the_content_only()
    {
        var first = Load("console.log(1);");
        var same = Load("console.log(1);");
        var changed = Load("console.log(2);");

        first.ETag.IsWeak.Should().BeTrue("the three encodings share it");
        same.ETag.Should().Be(first.ETag);
        changed.ETag.Should().NotBe(first.ETag);
    }

    public void Dispose() => _root.Delete(recursive: true);

    private WidgetScript Load(string content)
    {
        File.WriteAllText(Path.Combine(_root.FullName, "zeron.js"), content, new UTF8Encoding(false));
        using var files = new PhysicalFileProvider(_root.FullName);
        return WidgetScript.Load(files.GetFileInfo("zeron.js"));
    }

    private static byte[] Decompress(Stream compressed)
    {
        using var output = new MemoryStream();
        using (compressed)
        {
            compressed.CopyTo(output);
        }

        return output.ToArray();
    }
}
