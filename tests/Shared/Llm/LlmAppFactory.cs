using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Zeron.Tests.Shared.Llm;

/// <summary>
/// The app with both chat providers configured at the instance level and pointed at fresh stand-ins
/// (<see cref="Claude"/> primary, <see cref="OpenAi"/> fallback). Subclass and override <see cref="LlmSettings"/>
/// to tune the router (timeouts, cooldown), or <see cref="Settings"/> for anything else.
/// </summary>
public class LlmAppFactory : ZeronAppFactory, IAsyncLifetime
{
    public AnthropicStandIn Claude { get; private set; } = null!;

    public OpenAiStandIn OpenAi { get; private set; } = null!;

    /// <summary>Router settings besides the providers' keys and URLs. Defaults: short timeouts, no cooldown from a few failures.</summary>
    protected virtual IReadOnlyDictionary<string, string?> LlmSettings => new Dictionary<string, string?>
    {
        ["Zeron:Llm:Anthropic:TimeoutSeconds"] = "2",
        ["Zeron:Llm:OpenAI:TimeoutSeconds"] = "2",
        ["Zeron:Llm:FailuresBeforeCooldown"] = "1000",
    };

    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>(LlmSettings)
            {
                ["Zeron:Llm:Anthropic:ApiKey"] = AnthropicStandIn.ApiKey,
                ["Zeron:Llm:Anthropic:BaseUrl"] = Claude.BaseUrl,
                ["Zeron:Llm:OpenAI:ApiKey"] = OpenAiStandIn.ApiKey,
                ["Zeron:Llm:OpenAI:BaseUrl"] = OpenAi.BaseUrl,
            };
            return settings;
        }
    }

    public new async ValueTask InitializeAsync()
    {
        Claude = await AnthropicStandIn.StartAsync();
        OpenAi = await OpenAiStandIn.StartAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Claude.DisposeAsync();
        await OpenAi.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Sends a mediator request as a module would (in its own scope).</summary>
    public async Task<TResponse> SendAsync<TResponse>(Mediator.IRequest<TResponse> request)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(request);
    }

    /// <inheritdoc cref="SendAsync{TResponse}(Mediator.IRequest{TResponse})"/>
    public async Task<TResponse> QueryAsync<TResponse>(Mediator.IQuery<TResponse> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(query);
    }

    /// <summary>Reads a whole mediator stream (e.g. <c>StreamLlm</c>) into a list.</summary>
    public async Task<List<TResponse>> StreamAsync<TResponse>(Mediator.IStreamRequest<TResponse> request)
    {
        await using var scope = Services.CreateAsyncScope();
        var events = new List<TResponse>();
        await foreach (var e in scope.ServiceProvider.GetRequiredService<Mediator.ISender>().CreateStream(request))
        {
            events.Add(e);
        }

        return events;
    }
}
