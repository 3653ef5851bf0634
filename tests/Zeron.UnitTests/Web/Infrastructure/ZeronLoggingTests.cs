using AwesomeAssertions;
using Microsoft.AspNetCore.Http;
using Serilog.Events;
using Xunit;
using Zeron.Web.Infrastructure;

namespace Zeron.UnitTests.Web.Infrastructure;

public sealed class ZeronLoggingTests
{
    [Theory]
    [InlineData("/admin/invitations/AbC-123_xyz", "/admin/invitations/{token}")]
    [InlineData("/ADMIN/Invitations/AbC-123_xyz", "/admin/invitations/{token}")]
    [InlineData("/admin/invitations/", "/admin/invitations/")]
    [InlineData("/admin/settings/members", "/admin/settings/members")]
    [InlineData("/api/v1/invitations/0190a1b2-0000-7000-8000-000000000001/accept", "/api/v1/invitations/0190a1b2-0000-7000-8000-000000000001/accept")]
    public void An_invitation_links_token_never_reaches_the_request_log(string path, string logged) =>
        ZeronLogging.LoggedPath(path).Should().Be(logged);

    [Theory]
    [InlineData("/api/v1/orgs", 503, LogEventLevel.Warning)]
    [InlineData("/api/v1/orgs", 500, LogEventLevel.Error)]
    [InlineData("/api/v1/orgs", 404, LogEventLevel.Information)]
    [InlineData("/health/ready", 200, LogEventLevel.Verbose)]
    [InlineData("/health/ready", 503, LogEventLevel.Warning)]
    public void An_outage_is_a_warning_and_a_bug_an_error(string path, int status, LogEventLevel level)
    {
        var http = new DefaultHttpContext();
        http.Request.Path = path;
        http.Response.StatusCode = status;

        ZeronLogging.LevelOf(http, exception: null).Should().Be(level);
        ZeronLogging.LevelOf(http, new InvalidOperationException("unhandled")).Should().Be(LogEventLevel.Error);
    }
}
