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
    public async Task The_script_is_served_as_public_cacheable_javascript_with_a_validator()
    {
        using var client = RawClient();
        using var response = await client.GetAsync(Path, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/javascript; charset=utf-8");
        response.Headers.ETag.Should().NotBeNull();
        response.Headers.ETag!.IsWeak.Should().BeTrue("one validator names the script in all three encodings");
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
        response.Headers.ETag!.IsWeak.Should().BeTrue("the same validator revalidates either encoding");
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

    [Fact]
    public async Task Brotli_is_sent_smaller_than_gzip_because_it_is_compressed_ahead_at_its_best_level()
    {
        using var client = RawClient();
        using var brotli = await client.SendAsync(Get("br", null), Ct);
        using var gzip = await client.SendAsync(Get("gzip", null), Ct);

        var brotliBytes = (await brotli.Content.ReadAsByteArrayAsync(Ct)).Length;
        var gzipBytes = (await gzip.Content.ReadAsByteArrayAsync(Ct)).Length;
        TestContext.Current.SendDiagnosticMessage($"widget served: Brotli {brotliBytes} bytes, gzip {gzipBytes} bytes");
        brotliBytes.Should().BeLessThan(gzipBytes * 9 / 10, "Brotli at quality 11 beats gzip -9 by well over 10 % on this script");
    }

    [Theory]
    [InlineData("br, gzip", "br")]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("*", "br")]
    [InlineData("gzip;q=0", null)]
    [InlineData("identity", null)]
    [InlineData("gzip;q=1, br;q=0.1", "gzip")]
    [InlineData("gzip, br", "br")]
    [InlineData("*;q=0.5, gzip", "gzip")]
    public async Task The_encoding_follows_what_the_client_accepts(string acceptEncoding, string? expected)
    {
        using var client = RawClient();
        using var response = await client.SendAsync(Get(acceptEncoding, null), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.Should().Equal(expected is null ? [] : [expected]);
        response.Content.Headers.ContentLength.Should().Be((await response.Content.ReadAsByteArrayAsync(Ct)).Length);
    }

    [Fact]
    public async Task Head_answers_with_the_headers_of_get_and_no_body()
    {
        using var client = RawClient();
        using var get = await client.SendAsync(Get("br", null), Ct);
        using var head = new HttpRequestMessage(HttpMethod.Head, Path);
        head.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await client.SendAsync(head, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.ETag.Should().Be(get.Headers.ETag);
        response.Content.Headers.ContentLength.Should().Be(get.Content.Headers.ContentLength);
        (await response.Content.ReadAsByteArrayAsync(Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task One_validator_revalidates_every_encoding_and_a_fresh_if_modified_since_gets_304()
    {
        using var client = RawClient();
        EntityTagHeaderValue etag;
        DateTimeOffset lastModified;
        using (var plain = await client.SendAsync(Get(null, null), Ct))
        {
            etag = plain.Headers.ETag!;
            lastModified = plain.Content.Headers.LastModified!.Value;
        }

        using (var brotli = await client.SendAsync(Get("br", etag), Ct))
        {
            brotli.StatusCode.Should().Be(HttpStatusCode.NotModified, "the ETag names the script, whatever encoding carried it");
        }

        using var since = new HttpRequestMessage(HttpMethod.Get, Path);
        since.Headers.IfModifiedSince = lastModified;
        using var response = await client.SendAsync(since, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.NotModified);

        using var stale = new HttpRequestMessage(HttpMethod.Get, Path);
        stale.Headers.IfModifiedSince = lastModified.AddDays(-1);
        using var changed = await client.SendAsync(stale, Ct);
        changed.StatusCode.Should().Be(HttpStatusCode.OK);
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
