using System.Globalization;
using System.Text;

namespace Zeron.Integrations.Jira.Adf;

/// <summary>
/// Writes untrusted text so that CommonMark shows exactly that text and no structure: every character that can open
/// or close inline structure is backslash-escaped, and so is whatever would start a block at the start of a line
/// (<c>#</c>, <c>-</c>, <c>+</c>, <c>=</c>, <c>1.</c>, <c>1)</c>). An <c>@</c> at a word start is escaped too, so
/// plain text never reads back as a mention.
/// </summary>
internal static class MarkdownEscaper
{
    private const string Inline = "\\`*_[]<>~&|";

    /// <param name="lineStart">The text begins a line (leading blanks are dropped: a renderer would not show them).</param>
    /// <param name="heading">Inside an ATX heading, where a closing run of <c>#</c> would be cut off.</param>
    public static void Append(StringBuilder sb, ReadOnlySpan<char> text, bool lineStart, bool heading = false)
    {
        if (lineStart)
        {
            text = text.TrimStart(" \t");
            AppendLineStart(sb, ref text);
        }

        foreach (var c in text)
        {
            if (Inline.Contains(c, StringComparison.Ordinal) || (heading && c == '#') || (c == '@' && AtWordStart(sb)))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }
    }

    /// <summary>Plain text as one paragraph, its line breaks kept as hard breaks.</summary>
    public static string Paragraph(string text)
    {
        var sb = new StringBuilder();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                sb.Append(sb.Length > 0 ? "\\\n" : "");
                Append(sb, line.TrimEnd(), lineStart: true);
            }
        }

        return sb.ToString();
    }

    /// <summary>An inline code span whose fence is longer than any backtick run inside it.</summary>
    public static string CodeSpan(string code)
    {
        code = code.ReplaceLineEndings(" ");
        var fence = new string('`', LongestRun(code, '`') + 1);
        var pad = code.Trim().Length > 0 && (code[0] is '`' or ' ' || code[^1] is '`' or ' ') ? " " : "";
        return fence + pad + code + pad + fence;
    }

    public static string CodeFence(string code) => new('`', Math.Max(3, LongestRun(code, '`') + 1));

    /// <summary>An info string can hold neither blanks nor backticks; anything else is kept.</summary>
    public static string Language(string? language) =>
        language is null ? "" : new string([.. language.Where(c => !char.IsWhiteSpace(c) && c != '`' && !char.IsControl(c))]);

    /// <summary>A link destination: blanks, controls and angle brackets percent-encoded, parentheses and backslashes escaped.</summary>
    public static string Destination(string href)
    {
        var sb = new StringBuilder(href.Length);
        foreach (var rune in href.EnumerateRunes())
        {
            if (rune.Value <= ' ' || rune.Value == 0x7f || rune.Value is '<' or '>')
            {
                sb.Append(CultureInfo.InvariantCulture, $"%{rune.Value:X2}");
            }
            else
            {
                if (rune.Value is '(' or ')' or '\\')
                {
                    sb.Append('\\');
                }

                sb.Append(rune.ToString());
            }
        }

        return sb.ToString();
    }

    private static void AppendLineStart(StringBuilder sb, ref ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (text[0] is '#' or '-' or '+' or '=')
        {
            sb.Append('\\').Append(text[0]);
            text = text[1..];
            return;
        }

        var digits = 0;
        while (digits < text.Length && digits < 10 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits is > 0 and < 10 && digits < text.Length && text[digits] is '.' or ')')
        {
            sb.Append(text[..digits]).Append('\\').Append(text[digits]);
            text = text[(digits + 1)..];
        }
    }

    private static bool AtWordStart(StringBuilder sb) => sb.Length == 0 || !char.IsLetterOrDigit(sb[^1]);

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
