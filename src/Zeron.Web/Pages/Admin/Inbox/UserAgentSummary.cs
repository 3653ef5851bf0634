using System.Text.RegularExpressions;

namespace Zeron.Web.Pages.Admin.Inbox;

/// <summary>
/// A browser's user-agent string as people say it: "Chrome 126 on Windows", "Safari 17 on iOS 17.5". Knows the browsers
/// and systems most feedback comes from; anything else is null, and the page shows the raw string instead.
/// </summary>
internal static partial class UserAgentSummary
{
    // Order matters: Edge, Opera and Samsung Internet also say "Chrome/…", and every iOS browser says "Safari/…".
    private static readonly (string Name, Regex Token)[] Browsers =
    [
        ("Edge", EdgeToken()),
        ("Opera", OperaToken()),
        ("Samsung Internet", SamsungToken()),
        ("Firefox", FirefoxToken()),
        ("Chrome", ChromeToken()),
        ("Safari", SafariToken()),
    ];

    public static string? Describe(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return null;
        }

        var browser = Browsers.Select(b => (b.Name, Match: b.Token.Match(userAgent))).FirstOrDefault(b => b.Match.Success);
        if (browser.Match is null)
        {
            return null;
        }

        var name = $"{browser.Name} {browser.Match.Groups["major"].Value}";
        return SystemOf(userAgent) is { } system ? $"{name} on {system}" : name;
    }

    private static string? SystemOf(string userAgent)
    {
        if (IosToken().Match(userAgent) is { Success: true } ios)
        {
            return "iOS " + ios.Groups["version"].Value.Replace('_', '.');
        }

        if (AndroidToken().Match(userAgent) is { Success: true } android)
        {
            return "Android " + android.Groups["version"].Value;
        }

        return userAgent.Contains("Windows", StringComparison.Ordinal) ? "Windows"
            : userAgent.Contains("CrOS", StringComparison.Ordinal) ? "ChromeOS"
            : userAgent.Contains("Mac OS X", StringComparison.Ordinal) ? "macOS"
            : userAgent.Contains("Linux", StringComparison.Ordinal) ? "Linux"
            : null;
    }

    [GeneratedRegex(@"\bEdg(?:e|A|iOS)?/(?<major>\d+)")]
    private static partial Regex EdgeToken();

    [GeneratedRegex(@"\b(?:OPR|OPT|Opera)/(?<major>\d+)")]
    private static partial Regex OperaToken();

    [GeneratedRegex(@"\bSamsungBrowser/(?<major>\d+)")]
    private static partial Regex SamsungToken();

    [GeneratedRegex(@"\b(?:Firefox|FxiOS)/(?<major>\d+)")]
    private static partial Regex FirefoxToken();

    [GeneratedRegex(@"\b(?:Chrome|HeadlessChrome|CriOS)/(?<major>\d+)")]
    private static partial Regex ChromeToken();

    [GeneratedRegex(@"\bVersion/(?<major>\d+)[.\d]*(?: Mobile/\w+)? Safari/")]
    private static partial Regex SafariToken();

    [GeneratedRegex(@"\b(?:iPhone|iPad|iPod)\b.*? OS (?<version>\d+(?:_\d+)?)")]
    private static partial Regex IosToken();

    [GeneratedRegex(@"\bAndroid (?<version>\d+(?:\.\d+)?)")]
    private static partial Regex AndroidToken();
}
