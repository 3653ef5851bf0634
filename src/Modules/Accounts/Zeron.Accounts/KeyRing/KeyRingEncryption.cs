using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Zeron.Accounts.KeyRing;

internal static class KeyRingEncryption
{
    /// <summary>New Data Protection keys are stored encrypted with <c>Zeron:DataProtection:KeyEncryptionKey</c>.</summary>
    public static IServiceCollection AddKeyRingEncryption(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KeyRingOptions>().Bind(configuration.GetSection(KeyRingOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<KeyRingOptions>, KeyRingOptionsValidator>();
        services.AddSingleton(provider => new KeyRingCiphers(provider.GetRequiredService<IOptions<KeyRingOptions>>().Value));
        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceProvider>((options, provider) => options.XmlEncryptor = new KeyRingXmlEncryptor(provider));
        services.AddHostedService<KeyRingCheck>();
        return services;
    }
}
