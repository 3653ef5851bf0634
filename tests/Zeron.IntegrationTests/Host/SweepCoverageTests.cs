using AwesomeAssertions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>
/// The hostile-input sweeps (<see cref="NulCharacterTests"/>) fill each route parameter with a real value from
/// <see cref="SweepTargets"/>; a new API route with a parameter they do not know would otherwise be swept with a
/// literal <c>{name}</c> in its path and answer 404, testing nothing.
/// </summary>
public sealed class SweepCoverageTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private List<(string Route, string Parameter)> ApiRouteParameters() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/api/docs", StringComparison.Ordinal)) // the reference pages (Scalar), not the API
            .SelectMany(e => e.RoutePattern.Parameters.Select(p => (e.RoutePattern.RawText!, p.Name)))
            .Distinct().ToList();

    [Fact]
    public void Every_route_parameter_of_the_api_has_a_value_in_the_sweep()
    {
        var unknown = ApiRouteParameters().Where(r => !SweepTargets.PathParameters.Contains(r.Parameter)).Select(r => $"{r.Route}: {{{r.Parameter}}}");

        unknown.Should().BeEmpty("SweepTargets.CreateAsync needs a real value for each");
    }

    [Fact]
    public void The_check_reads_the_real_routes_with_their_parameters()
    {
        ApiRouteParameters().Should().Contain(("/api/v1/orgs/{orgId:guid}/projects/{projectId:guid}/webhooks/{webhookId:guid}", "webhookId"));
    }
}
