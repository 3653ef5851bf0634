using System.Text.Json;
using AwesomeAssertions;
using Xunit;
using Zeron.Integrations.Connections.Kinds;

namespace Zeron.UnitTests.Integrations.Connections.Kinds;

public sealed class ConnectionKindTests
{
    [Fact]
    public void Anthropic_probes_its_model_list_with_x_api_key_and_the_version_under_the_base_urls_path()
    {
        using var request = new AnthropicKind().ProbeRequest(new Uri("https://gateway.example.com/anthropic"), "sk-ant-1", null);
        request.Method.Should().Be(HttpMethod.Get);
        request.RequestUri!.ToString().Should().Be("https://gateway.example.com/anthropic/v1/models?limit=1000");
        request.Headers.GetValues("x-api-key").Should().Equal("sk-ant-1");
        request.Headers.GetValues("anthropic-version").Should().Equal("2023-06-01");
        request.Headers.Authorization.Should().BeNull();
    }

    [Fact]
    public void OpenAi_probes_its_model_list_with_a_bearer_token()
    {
        using var request = new OpenAiKind().ProbeRequest(new Uri("https://api.openai.com"), "sk-proj-1", null);
        request.RequestUri!.ToString().Should().Be("https://api.openai.com/v1/models");
        request.Headers.Authorization!.ToString().Should().Be("Bearer sk-proj-1");
    }

    [Theory]
    [InlineData("claude-haiku-4-5", true)]
    [InlineData("claude-haiku-4-5-20251001", true)]
    [InlineData("claude-haiku-4", false)]
    [InlineData("claude-haiku", false)]
    [InlineData("claude-opus-4-5", false)]
    public void A_model_matches_its_id_or_the_dated_ids_of_its_alias(string model, bool listed)
    {
        using var body = JsonDocument.Parse("""{"data":[{"type":"model","id":"claude-haiku-4-5-20251001"},{"id":"claude-sonnet-4-5-20250929"}],"has_more":false}""");
        new AnthropicKind().Inspect(body.RootElement, model)!.Ok.Should().Be(listed);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""{"data":{}}""")]
    [InlineData("""{"models":[]}""")]
    public void A_model_list_of_another_shape_fails_the_model_step_plainly(string json)
    {
        using var body = JsonDocument.Parse(json);
        new OpenAiKind().Inspect(body.RootElement, "gpt-5").Should().Be(new CheckStep("model", false, "the provider's model list was not in the expected shape"));
    }

    [Fact]
    public void Kinds_are_found_by_their_exact_lower_case_name()
    {
        ConnectionKinds.Find("anthropic").Should().BeOfType<AnthropicKind>();
        ConnectionKinds.Find("openai").Should().BeOfType<OpenAiKind>();
        ConnectionKinds.Find("OpenAI").Should().BeNull();
        ConnectionKinds.Find(null).Should().BeNull();
        ConnectionKinds.Find("jira").Should().BeOfType<JiraKind>();
        ConnectionKinds.Find("github").Should().BeOfType<GitHubKind>();
        ConnectionKinds.Names.Should().Be("anthropic, openai, jira, github");
    }

    [Fact]
    public void Jira_probes_myself_with_basic_email_and_api_token_under_the_sites_address()
    {
        using var request = new JiraKind().ProbeRequest(new Uri("https://acme.atlassian.net"), "ATATT-token", "lead@acme.example");
        request.RequestUri!.ToString().Should().Be("https://acme.atlassian.net/rest/api/3/myself");
        request.Headers.Authorization!.Scheme.Should().Be("Basic");
        System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(request.Headers.Authorization.Parameter!)).Should().Be("lead@acme.example:ATATT-token");
    }

    [Fact]
    public void GitHub_probes_user_under_the_api_root_with_a_bearer_token_and_the_versioned_media_type()
    {
        using var request = new GitHubKind().ProbeRequest(new Uri("https://ghe.example.com/api/v3"), "ghp_token", null);
        request.RequestUri!.ToString().Should().Be("https://ghe.example.com/api/v3/user");
        request.Headers.Authorization!.ToString().Should().Be("Bearer ghp_token");
        request.Headers.GetValues("Accept").Should().Equal("application/vnd.github+json");
        request.Headers.GetValues("X-GitHub-Api-Version").Should().Equal("2022-11-28");
    }

    [Fact]
    public void Each_kind_reads_its_own_secret_and_address_fields()
    {
        new JiraKind().SecretFrom("k", "t", "g").Should().Be("t");
        new GitHubKind().SecretFrom("k", "t", "g").Should().Be("g");
        new AnthropicKind().SecretFrom("k", "t", "g").Should().Be("k");
        new GitHubKind().UrlFrom("https://base", "https://api").Should().Be("https://api");
        new JiraKind().UrlFrom("https://base", "https://api").Should().Be("https://base");
        new JiraKind().DefaultBaseUrl.Should().BeNull("a Jira site is the customer's own");
    }
}
