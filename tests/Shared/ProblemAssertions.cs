using System.Net;
using System.Text.Json.Nodes;
using AwesomeAssertions;

namespace Zeron.Tests.Shared;

public static class ProblemAssertions
{
    /// <summary>Asserts an RFC 9457 answer: the status, <c>application/problem+json</c>, and a matching <c>status</c> member.</summary>
    public static async Task<JsonObject> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, text);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        var problem = JsonNode.Parse(text)!.AsObject();
        problem["status"]!.GetValue<int>().Should().Be((int)status);
        problem.Should().NotContainKey("exception");
        text.Should().NotContain("   at ", "a problem document must never carry a stack trace");
        return problem;
    }
}
