using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using AwesomeAssertions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback;

/// <summary><c>/widget/v1/zeron.js</c> as customers' sites load it: cacheable for an hour, public, compressed, revalidated.</summary>
public sealed class WidgetScriptTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private const string Path = "/widget/v1/zeron.js";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_script_is_served_as_public_cacheable_javascript_with_a_strong_validator()
    {
        using var client = RawClient();
        using var response = await client.GetAsync(Path, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/javascript; charset=utf-8");
        response.Headers.ETag.Should().NotBeNull();
        response.Headers.ETag!.IsWeak.Should().BeFalse("an uncompressed body is the file, byte for byte");
        response.Content.Headers.LastModified.Should().NotBeNull();
        response.Headers.CacheControl!.ToString().Should().Be("public, max-age=3600, stale-while-revalidate=86400");
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("*");
        response.Headers.GetValues("Cross-Origin-Resource-Policy").Should().Equal("cross-origin");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        (await response.Content.ReadAsStringAsync(Ct)).Should().Be(await ExpectedScriptAsync());
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task The_script_is_compressed_when_the_client_accepts_it(string encoding)
    {
        using var client = RawClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await client.SendAsync(request, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.Should().Equal(encoding);
        response.Headers.Vary.Should().Contain("Accept-Encoding");
        response.Headers.ETag!.IsWeak.Should().BeFalse("the same validator revalidates either encoding");
        response.Headers.CacheControl!.ToString().Should().Contain("max-age=3600");
        await using var body = await response.Content.ReadAsStreamAsync(Ct);
        await using Stream decompressed = encoding == "gzip" ? new GZipStream(body, CompressionMode.Decompress) : new BrotliStream(body, CompressionMode.Decompress);
        (await new StreamReader(decompressed).ReadToEndAsync(Ct)).Should().Be(await ExpectedScriptAsync());
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task The_script_as_served_compressed_fits_the_8_KB_budget(string encoding)
    {
        using var client = RawClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await client.SendAsync(request, Ct);

        response.Content.Headers.ContentEncoding.Should().Equal(encoding);
        var served = (await response.Content.ReadAsByteArrayAsync(Ct)).Length;
        TestContext.Current.SendDiagnosticMessage($"widget served with {encoding}: {served} bytes");
        served.Should().BeLessThanOrEqualTo(8000, "the widget's budget is 8 KB compressed (counted as 8,000 bytes, the stricter reading)");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("gzip")]
    public async Task A_matching_etag_gets_304_without_a_body(string? encoding)
    {
        using var client = RawClient();
        EntityTagHeaderValue etag;
        using (var first = await client.SendAsync(Get(encoding, null), Ct))
        {
            etag = first.Headers.ETag!;
        }

        using var response = await client.SendAsync(Get(encoding, etag), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await response.Content.ReadAsByteArrayAsync(Ct)).Should().BeEmpty();
        response.Headers.CacheControl!.ToString().Should().Contain("max-age=3600");
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("*");
    }

    private HttpClient RawClient() =>
        new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = app.BaseAddress };

    private static HttpRequestMessage Get(string? encoding, EntityTagHeaderValue? ifNoneMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Path);
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(encoding);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        return request;
    }

    private async Task<string> ExpectedScriptAsync()
    {
        var file = app.Services.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo(Path);
        await using var stream = file.CreateReadStream();
        return await new StreamReader(stream).ReadToEndAsync(Ct);
    }
}
