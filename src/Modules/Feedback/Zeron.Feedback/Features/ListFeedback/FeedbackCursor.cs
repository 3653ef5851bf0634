using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Zeron.Feedback.Contracts.Items;

namespace Zeron.Feedback.Features.ListFeedback;

/// <summary>
/// Opaque keyset cursor: the sort key (created at, or last activity at) and id of the last item of a page. Stable under
/// inserts. A cursor of one sort is refused by the other (newest-first cursors keep their original form).
/// </summary>
internal readonly record struct FeedbackCursor(FeedbackSort Sort, DateTimeOffset At, Guid Id)
{
    private const string ActivityPrefix = "activity:";

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{(Sort == FeedbackSort.Activity ? ActivityPrefix : "")}{At.UtcTicks}:{Id:N}")));

    public static bool TryDecode(string? value, FeedbackSort sort, out FeedbackCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(value) || value.Length > 100)
        {
            return false;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value));
            var isActivity = text.StartsWith(ActivityPrefix, StringComparison.Ordinal);
            if (isActivity != (sort == FeedbackSort.Activity))
            {
                return false;
            }

            var parts = text[(isActivity ? ActivityPrefix.Length : 0)..].Split(':');
            if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks is > 0 and < 3155378975999999999 && Guid.TryParseExact(parts[1], "N", out var id))
            {
                cursor = new FeedbackCursor(sort, new DateTimeOffset(ticks, TimeSpan.Zero), id);
                return true;
            }
        }
        catch (FormatException)
        {
        }

        return false;
    }
}
