using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>
/// Response compression covers scripts, styles and JSON only: the Hangfire dashboard keeps working with its scripts
/// compressed, and problem details (and HTML) go out uncompressed.
/// </summary>
public sealed partial class CompressionTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_hangfire_dashboard_still_works_with_its_scripts_compressed()
    {
        using var client = AdminSignIn.CookieClient(app, new CookieContainer());
        (await AdminSignIn.SignInAsync(client, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword)).Dispose();
        var dashboard = await client.GetStringAsync("/admin/jobs/recurring", Ct);
        dashboard.Should().Contain("outbox-feedback");
        var script = ScriptSrcRegex().Match(dashboard).Groups[1].Value;
        script.Should().StartWith("/admin/jobs/js");

        using var request = new HttpRequestMessage(HttpMethod.Get, script);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await client.SendAsync(request, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.Should().Equal("gzip");
        await using var body = new GZipStream(await response.Content.ReadAsStreamAsync(Ct), CompressionMode.Decompress);
        (await new StreamReader(body).ReadToEndAsync(Ct)).Should().Contain("function");
    }

    [Fact]
    public async Task Problem_details_are_not_compressed()
    {
        using var client = RawClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/no-such-route");
        request.Headers.AcceptEncoding.ParseAdd("gzip, br");
        using var response = await client.SendAsync(request, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        response.Content.Headers.ContentEncoding.Should().BeEmpty();
    }

    [Fact]
    public async Task Admin_pages_are_not_compressed()
    {
        using var client = AdminSignIn.CookieClient(app, new CookieContainer());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/login");
        request.Headers.AcceptEncoding.ParseAdd("gzip, br");
        using var response = await client.SendAsync(request, Ct);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        response.Content.Headers.ContentEncoding.Should().BeEmpty("pages carry antiforgery tokens next to echoed input (BREACH)");
    }

    [GeneratedRegex("<script src=\"(/admin/jobs/js[^\"]+)\"")]
    private static partial Regex ScriptSrcRegex();

    private HttpClient RawClient() =>
        new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = app.BaseAddress };
}
