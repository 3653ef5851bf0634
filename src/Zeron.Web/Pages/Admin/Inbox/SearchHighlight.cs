using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace Zeron.Web.Pages.Admin.Inbox;

/// <summary>
/// A message shortened for the inbox, with the search's words in <c>&lt;mark&gt;</c>. Every piece of the message is
/// HTML-encoded; only the marks are markup. Words match as the search does (PostgreSQL's "simple" configuration: whole
/// words, any case); excluded words (<c>-safari</c>) and <c>or</c> are not marked.
/// </summary>
public static partial class SearchHighlight
{
    private const int Lead = 40;

    public static IHtmlContent Excerpt(string message, string? query, int length = 120)
    {
        var marks = Matches(message, Terms(query));
        var (start, end) = Window(message, marks.Count > 0 ? marks[0].Index : 0, length);
        var html = new HtmlContentBuilder();
        if (start > 0)
        {
            html.Append("…");
        }

        var at = start;
        foreach (var (index, count) in marks.Where(m => m.Index >= start && m.Index + m.Length <= end))
        {
            html.Append(message[at..index]).AppendHtml("<mark>").Append(message.Substring(index, count)).AppendHtml("</mark>");
            at = index + count;
        }

        html.Append(message[at..end]);
        if (end < message.Length)
        {
            html.Append("…");
        }

        return html;
    }

    /// <summary>The words a search asks for: plain and quoted words, without excluded ones (<c>-word</c>, <c>-"a phrase"</c>) and <c>or</c>.</summary>
    public static IReadOnlyList<string> Terms(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var terms = new List<string>();
        foreach (Match token in Token().Matches(query))
        {
            var text = token.Groups["phrase"].Success ? token.Groups["phrase"].Value : token.Groups["word"].Value;
            if (token.Groups["not"].Length > 0 || text.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            terms.AddRange(Word().Matches(text).Select(w => w.Value));
        }

        return terms.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(t => t.Length).ToList();
    }

    private static List<(int Index, int Length)> Matches(string message, IReadOnlyList<string> terms)
    {
        if (terms.Count == 0)
        {
            return [];
        }

        var pattern = $@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', terms.Select(Regex.Escape))})(?![\p{{L}}\p{{N}}])";
        var words = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        try
        {
            return words.Matches(message).Select(m => (m.Index, m.Length)).ToList();
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }

    /// <summary>Up to <paramref name="length"/> characters, starting a little before the first mark when it would not show.</summary>
    private static (int Start, int End) Window(string message, int firstMark, int length)
    {
        if (message.Length <= length)
        {
            return (0, message.Length);
        }

        var start = firstMark + Lead < length ? 0 : Math.Min(firstMark - Lead, message.Length - length);
        var end = start + length;
        if (start > 0 && char.IsLowSurrogate(message[start]))
        {
            start++;
        }

        if (end < message.Length && char.IsLowSurrogate(message[end]))
        {
            end--;
        }

        return (start, end);
    }

    [GeneratedRegex(@"(?<not>-?)(?:""(?<phrase>[^""]*)""?|(?<word>[^\s""]+))")]
    private static partial Regex Token();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
