using System.Text;
using System.Text.Json;

namespace Zeron.Integrations.Jira.Adf;

/// <summary>
/// Writes one run of ADF inline nodes as Markdown. Marks are kept as a stack across nodes, so a bold phrase split over
/// several text nodes is one <c>**…**</c>; blanks at the edge of a mark are moved outside it (CommonMark would not
/// close <c>**a **</c>). Hard breaks at the start or end of the run are dropped (a trailing <c>\</c> would show).
/// </summary>
internal sealed class AdfInlineWriter(bool singleLine, bool heading = false)
{
    private readonly StringBuilder _sb = new();
    private readonly List<InlineMark> _open = [];
    private bool _lineStart = true;
    private bool _pendingBreak;

    public static string Write(IEnumerable<JsonElement> nodes, int depth, bool singleLine, bool heading = false)
    {
        var writer = new AdfInlineWriter(singleLine, heading);
        foreach (var node in nodes)
        {
            writer.Add(node, depth);
        }

        return writer.Finish();
    }

    public void Add(JsonElement node, int depth)
    {
        if (depth > AdfLimits.ReadDepth)
        {
            Text(AdfPlainText.Of(node), [.. _open]);
            return;
        }

        switch (AdfNode.Type(node))
        {
            case "text":
                var marks = InlineMark.Of(node, out var code);
                Text(AdfNode.String(node, "text") ?? "", marks, code);
                break;
            case "hardBreak":
                Break();
                break;
            case "mention":
                var name = AdfNode.Attr(node, "text") is { Length: > 0 } text ? text.TrimStart('@') : AdfNode.Attr(node, "id") ?? "";
                Flush();
                _sb.Append('@');
                MarkdownEscaper.Append(_sb, name, lineStart: false, heading);
                _lineStart = false;
                break;
            default:
                if (AdfNode.AtomText(node) is { Length: > 0 } atom)
                {
                    Text(atom, [.. _open]);
                }

                foreach (var child in AdfNode.Content(node))
                {
                    Add(child, depth + 1);
                }

                break;
        }
    }

    public string Finish()
    {
        Transition([]);
        return _sb.ToString().TrimEnd();
    }

    private void Text(string text, IReadOnlyList<InlineMark> marks, bool code = false)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                Break();
            }

            Segment(lines[i], marks, code);
        }
    }

    private void Segment(string text, IReadOnlyList<InlineMark> marks, bool code)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (!code && string.IsNullOrWhiteSpace(text))
        {
            Flush();
            if (!_lineStart)
            {
                _sb.Append(text);
            }

            return;
        }

        var core = code ? text : text.Trim(" \t".ToCharArray());
        var lead = code ? 0 : text.Length - text.TrimStart(" \t".ToCharArray()).Length;
        Flush();
        Transition(marks, lead > 0 && !_lineStart ? text[..lead] : "");
        if (code)
        {
            _sb.Append(MarkdownEscaper.CodeSpan(core));
        }
        else
        {
            MarkdownEscaper.Append(_sb, core, _lineStart, heading);
            _sb.Append(text[(lead + core.Length)..]);
        }

        _lineStart = false;
    }

    private void Break()
    {
        if (singleLine)
        {
            Segment(" ", [.. _open], code: false);
        }
        else if (_sb.Length > 0)
        {
            _pendingBreak = true;
        }
    }

    private void Flush()
    {
        if (_pendingBreak)
        {
            _pendingBreak = false;
            TrimBlanks();
            _sb.Append("\\\n");
            _lineStart = true;
        }
    }

    /// <summary>Closes the marks the next text does not carry (blanks kept outside), writes <paramref name="lead"/>, opens the new ones.</summary>
    private void Transition(IReadOnlyList<InlineMark> marks, string lead = "")
    {
        var keep = 0;
        while (keep < _open.Count && keep < marks.Count && _open[keep] == marks[keep])
        {
            keep++;
        }

        if (_open.Count > keep)
        {
            var blanks = TrimBlanks();
            for (var i = _open.Count - 1; i >= keep; i--)
            {
                _sb.Append(_open[i].Closer);
            }

            _open.RemoveRange(keep, _open.Count - keep);
            _sb.Append(blanks);
        }

        _sb.Append(lead);
        for (var i = keep; i < marks.Count; i++)
        {
            _sb.Append(marks[i].Opener);
            _open.Add(marks[i]);
        }
    }

    private string TrimBlanks()
    {
        var end = _sb.Length;
        while (end > 0 && _sb[end - 1] is ' ' or '\t')
        {
            end--;
        }

        var blanks = _sb.ToString(end, _sb.Length - end);
        _sb.Length = end;
        return blanks;
    }
}
