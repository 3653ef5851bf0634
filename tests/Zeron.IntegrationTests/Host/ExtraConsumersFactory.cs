using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>An instance that runs no jobs (the test dispatches the event tables) with extra event handlers for some modules.</summary>
public abstract class ExtraConsumersFactory : ZeronAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Zeron:Jobs:Server"] = "false" };

    protected abstract void AddConsumers(IServiceCollection services);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(AddConsumers);
    }
}
