namespace Zeron.Feedback.Assistant;

/// <summary>
/// The model's answer as it streams: text is held back while it could still become <see cref="AssistantPrompt.NoQuestion"/>,
/// then released delta by delta. The finished answer is posted only when it is a plausible question: not empty, not
/// the sentinel, at most <see cref="MaxLength"/> characters, no fence tags (a model that broke format is not posted).
/// </summary>
internal sealed class AssistantAnswer
{
    public const int MaxLength = 300;

    private readonly System.Text.StringBuilder _text = new();
    private int _released;

    public string Text => _text.ToString();

    public int Length => _text.Length;

    /// <summary>True once the answer is too long to be posted: stop reading the model.</summary>
    public bool Overflowed => _text.Length > MaxLength;

    /// <summary>Adds a delta; returns the text that may be shown now (possibly empty).</summary>
    public string Add(string delta)
    {
        _text.Append(delta);
        var text = _text.ToString();
        if (_released == 0 && (text.Trim().Length == 0 || CouldBeSentinel(text)))
        {
            return "";
        }

        var start = _released == 0 ? text.Length - text.TrimStart().Length : _released;
        _released = text.Length;
        return text[start..];
    }

    /// <summary>The question to post, or null when the answer is not one.</summary>
    public string? Question()
    {
        var text = Text.Trim();
        return text.Length == 0 || text.Length > MaxLength || text.Contains(AssistantPrompt.NoQuestion, StringComparison.OrdinalIgnoreCase)
            || text.Contains(AssistantPrompt.Fence, StringComparison.OrdinalIgnoreCase)
            ? null
            : text;
    }

    private static bool CouldBeSentinel(string text) =>
        AssistantPrompt.NoQuestion.StartsWith(text.Trim(), StringComparison.OrdinalIgnoreCase);
}
