using System.Text;
using System.Text.Json.Nodes;

namespace Zeron.Integrations.Jira.Adf;

/// <summary>
/// Collects the ADF inline nodes of one paragraph or heading: neighbouring text with the same marks is merged, empty
/// text is never written, and <c>@Name</c> becomes a mention where the directory knows the name unambiguously (not in
/// code or link text, not after a backslash, not inside a word such as an e-mail address).
/// </summary>
internal sealed class InlineRun(MentionDirectory mentions)
{
    private readonly JsonArray _nodes = [];
    private readonly StringBuilder _text = new();
    private WriteMarks _marks;
    private char _last = ' ';

    public bool IsEmpty => _nodes.Count == 0 && _text.Length == 0;

    public void Text(string text, WriteMarks marks)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (_text.Length > 0 && marks != _marks)
        {
            Flush();
        }

        _marks = marks;
        _text.Append(text);
        _last = text[^1];
    }

    /// <param name="escaped">Offsets in <paramref name="text"/> of characters written after a backslash.</param>
    public void Literal(string text, IReadOnlySet<int> escaped, WriteMarks marks)
    {
        var start = 0;
        for (var i = 0; i < text.Length && !marks.Code && marks.Href is null; i++)
        {
            if (text[i] != '@' || escaped.Contains(i) || (i == 0 && char.IsLetterOrDigit(_last)) || mentions.Match(text, i) is not { } person)
            {
                continue;
            }

            Text(text[start..i], marks);
            Flush();
            _nodes.Add(Adf.Mention(person.AccountId, person.DisplayName));
            _last = person.DisplayName[^1];
            start = i + 1 + person.DisplayName.Length;
            i = start - 1;
        }

        Text(text[start..], marks);
    }

    public void HardBreak()
    {
        Flush();
        _nodes.Add(Adf.HardBreak());
        _last = '\n';
    }

    public JsonArray ToJson()
    {
        Flush();
        return _nodes;
    }

    private void Flush()
    {
        if (_text.Length > 0)
        {
            _nodes.Add(Adf.Text(_text.ToString(), _marks.ToJson()));
            _text.Clear();
        }
    }
}
