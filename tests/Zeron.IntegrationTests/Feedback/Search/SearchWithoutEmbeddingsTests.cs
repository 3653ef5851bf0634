using AwesomeAssertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Search;

/// <summary>The embedding provider answers 500 (a loopback OpenAI): search still answers, by words, and says so.</summary>
public sealed class FailingEmbeddingsFactory : ZeronAppFactory
{
    private readonly string origin;

    public FailingEmbeddingsFactory()
    {
        (Stub, origin) = LoopbackServer.StartAsync(app => app.MapPost("/v1/embeddings", () => Results.Json(
            new { error = new { message = "The server had an error while processing your request.", type = "server_error", param = (string?)null, code = (string?)null } },
            statusCode: StatusCodes.Status500InternalServerError))).GetAwaiter().GetResult();
    }

    public WebApplication Stub { get; }

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Zeron:Embeddings:Provider"] = "openai",
        ["Zeron:Llm:OpenAI:BaseUrl"] = origin,
        ["Zeron:Llm:OpenAI:ApiKey"] = "sk-test-embeddings",
    };

    public override async ValueTask DisposeAsync()
    {
        await LoopbackServer.StopAsync(Stub);
        await base.DisposeAsync();
    }
}

public sealed class SearchWithoutEmbeddingsTests(FailingEmbeddingsFactory app) : IClassFixture<FailingEmbeddingsFactory>
{
    [Fact]
    public async Task A_failing_embedding_provider_leaves_a_keyword_search_that_says_it_is_one()
    {
        var (api, org, project) = await app.NewProjectAsync("Words when the model fails");
        var login = await app.AddItemAsync(org, project, "Login loops back to the start page");
        await app.AddItemAsync(org, project, "Dark mode please");

        var body = await SearchFeedbackApiTests.SearchAsync(api, org, project, "login");

        body["semantic"]!.GetValue<bool>().Should().BeFalse();
        var hit = body["items"]!.AsArray().Should().ContainSingle().Which!;
        SearchFeedbackApiTests.Id(hit).Should().Be(login);
        hit["matchedBy"]!.AsArray().Select(m => m!.GetValue<string>()).Should().Equal("keyword");
    }
}
