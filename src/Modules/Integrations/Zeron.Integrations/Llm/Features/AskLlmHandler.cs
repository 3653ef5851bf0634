using Mediator;
using Zeron.Integrations.Contracts.Llm;
using Zeron.Integrations.Llm.Routing;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Llm.Features;

internal sealed class AskLlmHandler(LlmRouter router) : IRequestHandler<AskLlm, Result<LlmAnswer>>
{
    public async ValueTask<Result<LlmAnswer>> Handle(AskLlm request, CancellationToken cancellationToken)
    {
        var opened = await router.OpenAsync(request.Prompt, cancellationToken);
        if (!opened.IsSuccess)
        {
            return opened.Error!;
        }

        using var call = opened.Value;
        return await call.AskAsync(cancellationToken);
    }
}
