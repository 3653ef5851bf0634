using System.Net;
using System.Text.Json;
using Zeron.Integrations.Connections.Clients;
using Zeron.Integrations.Connections.Kinds;
using Zeron.SharedKernel.Network;

namespace Zeron.Integrations.Connections;

/// <summary>
/// Checks a connection step by step (address, reach, key, model), stopping at the first failure. Details are plain
/// reasons for a person; the secret never appears in them (it is also cut out of any message that might echo it).
/// </summary>
internal sealed class ConnectionProbe(IHttpClientFactory clients, OutboundGuard guard)
{
    public async Task<IReadOnlyList<CheckStep>> RunAsync(ConnectionKind kind, Uri baseUrl, string? secret, string? email, string? model, CancellationToken cancellationToken)
    {
        var steps = new List<CheckStep>();
        if (ConnectionTargets.RefusalOf(guard, baseUrl.AbsoluteUri) is { } refusal)
        {
            steps.Add(new("address", false, refusal));
            return steps;
        }

        steps.Add(new("address", true, $"{baseUrl.Host} may be reached"));
        if (secret is null)
        {
            steps.Add(new("key", false, $"the stored {kind.SecretTitle} cannot be decrypted (Zeron's encryption keys changed): rotate it"));
            return steps;
        }

        using var request = kind.ProbeRequest(baseUrl, secret, email);
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(ConnectionHttpClient.Name).SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            steps.Add(new("reach", false, $"could not reach {baseUrl.Host}: {ex.Message.Replace(secret, "[key]", StringComparison.Ordinal)}"));
            return steps;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            steps.Add(new("reach", false, $"{baseUrl.Host} did not answer within {ConnectionHttpClient.Timeout.TotalSeconds:0} seconds"));
            return steps;
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            steps.Add(new("reach", true, $"the provider answered {status}"));
            steps.Add(response.StatusCode switch
            {
                _ when RateLimitWait.IsRateLimited(response) => new("key", false, $"the provider's rate limit is used up ({status}), so the {kind.SecretTitle} could not be checked: try again later"),
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new("key", false, $"the provider refused the {kind.SecretTitle} ({status})"),
                HttpStatusCode.NotFound => new("key", false, $"{request.RequestUri!.AbsolutePath} was not found (404): check the base URL"),
                _ when !response.IsSuccessStatusCode => new("key", false, $"the provider answered {status}, so the {kind.SecretTitle} could not be checked"),
                _ => new("key", true, $"the provider accepted the {kind.SecretTitle}"),
            });
            if (steps[^1].Ok && (model ?? kind.DefaultModel) is { } wanted)
            {
                steps.Add(await InspectAsync(kind, response, wanted, cancellationToken));
            }
        }

        return steps;
    }

    private static async Task<CheckStep> InspectAsync(ConnectionKind kind, HttpResponseMessage response, string model, CancellationToken cancellationToken)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            return kind.Inspect(body.RootElement, model) ?? new("model", true, $"{model} is used");
        }
        catch (JsonException)
        {
            return new("model", false, "the provider's model list was not JSON");
        }
    }
}
