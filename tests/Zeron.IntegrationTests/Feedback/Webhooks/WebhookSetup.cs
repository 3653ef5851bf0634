using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Zeron.IntegrationTests.Feedback.Widget;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Webhooks;

/// <summary>An app that may deliver to loopback (the receiver runs there), as <c>Zeron__Webhooks__AllowPrivateTargets=true</c> allows.</summary>
public class PrivateTargetsFactory : ZeronAppFactory
{
    internal static readonly IReadOnlyDictionary<string, string?> AllowPrivate = new Dictionary<string, string?>
    {
        ["Zeron:Webhooks:AllowPrivateTargets"] = "true",
    };

    public PrivateTargetsFactory()
    {
    }

    protected PrivateTargetsFactory(string database, bool ownsDatabase)
        : base(database, ownsDatabase)
    {
    }

    protected override IReadOnlyDictionary<string, string?> Settings => AllowPrivate;
}

/// <summary>A project with one webhook, set up through the API as an integrator would.</summary>
public sealed record WebhookSetup(WidgetProject Project, Guid WebhookId, string Secret)
{
    public static async Task<WebhookSetup> CreateAsync(ZeronAppFactory app, string url, params string[] events)
    {
        var project = await WidgetProject.CreateAsync(app);
        using var admin = await app.CreateAdminClientAsync();
        using var response = await admin.PostAsJsonAsync(project.WebhooksPath(), new { url, events });
        response.EnsureSuccessStatusCode();
        var body = await response.ReadJsonAsync();
        return new WebhookSetup(project, body["id"]!.GetValue<Guid>(), body["secret"]!.GetValue<string>());
    }

    public string DeliveriesPath => $"{Project.WebhooksPath()}/{WebhookId}/deliveries";

    /// <summary>Checks <c>X-Zeron-Signature</c> as a receiver would: HMAC-SHA256 over "t.body" with the secret.</summary>
    public bool IsSignedCorrectly(ReceivedWebhook received)
    {
        var parts = received.Signature.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var t = long.Parse(parts["t"], CultureInfo.InvariantCulture);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{t}.{received.Body}")));
        return parts.Count == 2 && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts["v1"]))
            && Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - t) < 300;
    }

    public async Task<JsonArray> DeliveriesAsync(ZeronAppFactory app)
    {
        using var admin = await app.CreateAdminClientAsync();
        return (await admin.GetFromJsonAsync<JsonArray>(DeliveriesPath))!;
    }

    /// <summary>Polls the delivery log until <paramref name="done"/> holds for it (or 30 s pass) and returns it.</summary>
    public async Task<JsonArray> WaitForDeliveriesAsync(ZeronAppFactory app, Func<JsonArray, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var deliveries = await DeliveriesAsync(app);
            if (done(deliveries) || DateTime.UtcNow > deadline)
            {
                return deliveries;
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Brings Hangfire's scheduled retries of this app forward, instead of waiting out the back-off.</summary>
    public static int RunScheduledRetriesNow(ZeronAppFactory app)
    {
        var storage = app.Services.GetRequiredService<JobStorage>();
        var client = new BackgroundJobClient(storage);
        var scheduled = storage.GetMonitoringApi().ScheduledJobs(0, 100);
        return scheduled.Count(job => client.Requeue(job.Key));
    }
}

internal static class WebhookPaths
{
    public static string WebhooksPath(this WidgetProject project) => $"/api/v1/orgs/{project.OrganizationId}/projects/{project.Id}/webhooks";
}
