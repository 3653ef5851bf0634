namespace Zeron.Feedback.Features.FindOriginalCandidates;

/// <summary>Typed text as a literal inside a LIKE pattern: its <c>%</c>, <c>_</c> and the escape character match only themselves.</summary>
internal static class LikePattern
{
    public const string EscapeCharacter = "\\";

    public static string Escape(string text) =>
        text.Replace(EscapeCharacter, EscapeCharacter + EscapeCharacter, StringComparison.Ordinal)
            .Replace("%", EscapeCharacter + "%", StringComparison.Ordinal)
            .Replace("_", EscapeCharacter + "_", StringComparison.Ordinal);
}
