using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Widget;

/// <summary>Every hostile request is a 4xx problem naming what is wrong, stores nothing, and leaves the server serving.</summary>
public sealed class WidgetHostileInputTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(WidgetHostileInput.Cases), MemberType = typeof(WidgetHostileInput))]
    public async Task Hostile_submissions_are_refused_with_a_problem_and_nothing_is_stored(string name, string contentType, string body, int status, string field)
    {
        var project = await WidgetProject.CreateAsync(app);
        var key = body.Contains("{rotated}", StringComparison.Ordinal) ? await RotatedAwayAsync(project) : project.Key;
        var json = WidgetHostileInput.Expand(body, key);
        using var client = WidgetClient.Create(app);
        using var content = contentType == "chunked" ? new WidgetHostileInput.ChunkedJson(json) : (HttpContent)new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType == "chunked" ? "application/json" : contentType);

        // As the widget does, the URL repeats the body's key (it must match); bodies without a usable key get none.
        var query = body.Contains("{key}", StringComparison.Ordinal) || body.Contains("{rotated}", StringComparison.Ordinal) ? $"?key={key}" : "";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/widget/v1/feedback{query}") { Content = content };
        // Like real clients with large uploads: wait for the server's verdict rather than race a refusal sent before
        // the body is read (else the client may see a broken pipe instead of the 413 answer).
        request.Headers.ExpectContinue = json.Length > 64 * 1024;
        using var response = await client.SendAsync(request, Ct);

        var problem = await response.ShouldBeProblemAsync((HttpStatusCode)status);
        if (field.Length > 0)
        {
            problem["errors"]!.AsObject().Should().ContainKey(field, name);
        }

        (await project.CountStoredAsync()).Should().Be(0, name);
        (await client.GetAsync("/health/live", Ct)).StatusCode.Should().Be(HttpStatusCode.OK, "the server keeps serving after: " + name);
    }

    /// <summary>Rotates the key and returns the retired one.</summary>
    private static async Task<string> RotatedAwayAsync(WidgetProject project)
    {
        await project.RotateKeyAsync();
        return project.Key;
    }
}
