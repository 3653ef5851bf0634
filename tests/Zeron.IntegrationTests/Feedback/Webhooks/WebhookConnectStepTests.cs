using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.IntegrationTests.Feedback.Widget;
using Zeron.SharedKernel.Network;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Webhooks;

/// <summary>
/// An app with the strict target policy whose resolver answers loopback for a public-looking name, as a rebinding
/// DNS server would: public names cannot be resolved offline, so the guard's one seam to DNS is given the answer.
/// </summary>
public sealed class RebindingDnsFactory : ZeronAppFactory
{
    public const string Name = "hooks.rebound.example.com";

    public MappedResolver Resolver { get; } = new((Name, ["127.0.0.1"]));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IHostNameResolver>(Resolver));
    }
}

/// <summary>The connect step of the outbound guard, independently of the save-time check, in the real delivery path.</summary>
public sealed class WebhookConnectStepTests(RebindingDnsFactory app) : IClassFixture<RebindingDnsFactory>
{
    [Fact]
    public async Task A_name_that_passes_the_save_time_check_but_resolves_to_loopback_is_refused_when_connecting()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var url = receiver.Url.Replace("127.0.0.1", RebindingDnsFactory.Name, StringComparison.Ordinal);
        var hook = await WebhookSetup.CreateAsync(app, url, "feedback.created");

        using var widget = WidgetClient.Create(app);
        (await widget.SubmitAsync(hook.Project.Key, WidgetClient.Body(hook.Project.Key, "rebound"), "https://shop.example.com")).EnsureSuccessStatusCode();

        var log = await hook.WaitForDeliveriesAsync(app, d => d.Count == 1 && d[0]!["attempts"]!.GetValue<int>() >= 1);
        log[0]!["lastError"]!.GetValue<string>().Should().StartWith($"Refused: {RebindingDnsFactory.Name} resolves to a non-public address")
            .And.NotContain("127.0.0.1", "the tenant does not learn the inside of the network");
        log[0]!["lastStatusCode"].Should().BeNull();
        receiver.Received.Should().BeEmpty();
        app.Resolver.Asked.Should().Contain(RebindingDnsFactory.Name);
    }
}

/// <summary>An app where only <c>Zeron__Network__AllowPrivateTargets</c> is set (not the webhooks' own switch).</summary>
public sealed class NetworkSwitchFactory : ZeronAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Zeron:Network:AllowPrivateTargets"] = "true",
    };
}

public sealed class NetworkSwitchTests(NetworkSwitchFactory app) : IClassFixture<NetworkSwitchFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_network_wide_switch_lets_a_webhook_be_saved_for_and_delivered_to_loopback()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var hook = await WebhookSetup.CreateAsync(app, receiver.Url, "feedback.created");
        using var widget = WidgetClient.Create(app);
        (await widget.SubmitAsync(hook.Project.Key, WidgetClient.Body(hook.Project.Key, "allowed"), "https://shop.example.com")).EnsureSuccessStatusCode();

        (await receiver.WaitForAsync(1)).Should().ContainSingle();
        using var admin = await app.CreateAdminClientAsync();
        using var local = await admin.PostAsJsonAsync(hook.Project.WebhooksPath(), new { url = "http://localhost./x", events = new[] { "feedback.created" } }, Ct);
        local.StatusCode.Should().Be(HttpStatusCode.Created);
    }
}
