using System.Runtime.CompilerServices;
using Mediator;
using Zeron.Integrations.Contracts.Llm;
using Zeron.Integrations.Llm.Routing;

namespace Zeron.Integrations.Llm.Features;

internal sealed class StreamLlmHandler(LlmRouter router) : IStreamRequestHandler<StreamLlm, LlmStreamEvent>
{
    public async IAsyncEnumerable<LlmStreamEvent> Handle(StreamLlm request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var opened = await router.OpenAsync(request.Prompt, cancellationToken);
        if (!opened.IsSuccess)
        {
            yield return new LlmStreamEvent(Failed: opened.Error);
            yield break;
        }

        using var call = opened.Value;
        await foreach (var e in call.StreamAsync(cancellationToken))
        {
            yield return e;
        }
    }
}
