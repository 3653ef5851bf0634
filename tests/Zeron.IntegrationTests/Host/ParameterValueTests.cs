using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>A query value the endpoint cannot read is a 400 naming the parameter, never the JSON body's message.</summary>
public sealed class ParameterValueTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("limit=abc", "limit")]
    [InlineData("limit=1.5", "limit")]
    [InlineData("from=notadate", "from")]
    [InlineData("to=2026-13-45", "to")]
    [InlineData("hasEmail=maybe", "hasEmail")]
    public async Task A_bad_query_value_is_a_400_naming_the_parameter(string query, string parameter)
    {
        using var admin = await app.CreateAdminClientAsync();
        var url = await FeedbackListUrlAsync(admin);

        foreach (var path in new[] { url, url + "/export.csv" }.Where(p => parameter != "limit" || !p.EndsWith(".csv", StringComparison.Ordinal)))
        {
            using var response = await admin.GetAsync($"{path}?{query}", Ct);
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            problem["errors"]!.AsObject().Select(e => e.Key).Should().Equal([parameter], path);
            problem["errors"]![parameter]![0]!.GetValue<string>().Should().Contain(query.Split('=')[1]);
            problem.ToJsonString().Should().NotContain("JSON");
            problem["traceId"]!.GetValue<string>().Should().NotBeEmpty();
        }
    }

    [Fact]
    public async Task Several_bad_values_are_all_named_and_good_ones_still_work()
    {
        using var admin = await app.CreateAdminClientAsync();
        var url = await FeedbackListUrlAsync(admin);

        using var bad = await admin.GetAsync($"{url}?limit=x&from=y&hasEmail=true", Ct);
        var problem = await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).Should().BeEquivalentTo(["limit", "from"]);

        using var good = await admin.GetAsync($"{url}?limit=5&from=2026-01-01T00:00:00Z&hasEmail=false&status=New", Ct);
        good.StatusCode.Should().Be(HttpStatusCode.OK);
        using var outOfRange = await admin.GetAsync($"{url}?limit=500", Ct);
        (await outOfRange.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject().Select(e => e.Key).Should().Contain(k => k.Equals("limit", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_body_that_is_not_json_keeps_the_body_message()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.DemoOrganizationIdAsync();
        using var response = await admin.PostAsync($"/api/v1/orgs/{org}/projects", ZeronApi.Json("{not json"), Ct);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["detail"]!.GetValue<string>().Should().Contain("valid JSON");
    }

    private static async Task<string> FeedbackListUrlAsync(HttpClient admin)
    {
        var org = await admin.DemoOrganizationIdAsync();
        using var created = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = "Parameter checks" }, Ct);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        created.Headers.Location.Should().NotBeNull("the document declares Location on a 201");
        var project = (await created.ReadJsonAsync())["id"]!.GetValue<Guid>();
        return $"/api/v1/orgs/{org}/projects/{project}/feedback";
    }
}
