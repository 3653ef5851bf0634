using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Zeron.SharedKernel.Settings;

/// <summary>Options from true/false settings, for any module.</summary>
public static class SettingSwitches
{
    /// <summary>
    /// Binds a true/false setting, checked at start: a value that is neither stops the app with one line naming the
    /// variable (the configuration binder would throw with a stack trace instead).
    /// </summary>
    public static OptionsBuilder<TOptions> BindSwitch<TOptions>(this OptionsBuilder<TOptions> options, string key, Action<TOptions, bool> set)
        where TOptions : class =>
        options
            .Configure<IConfiguration>((o, configuration) => set(o, bool.TryParse(configuration[key], out var on) && on))
            .Validate<IConfiguration>((ignored, configuration) => string.IsNullOrWhiteSpace(configuration[key]) || bool.TryParse(configuration[key], out _),
                $"{key.Replace(":", "__", StringComparison.Ordinal)} must be true or false.")
            .ValidateOnStart();
}
