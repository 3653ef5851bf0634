using System.Text.Json.Nodes;

namespace Zeron.Integrations.Jira.Adf;

/// <summary>
/// The marks a Markdown inline puts on its text, as ADF writes them: strong, em, strike, code, link. ADF allows code
/// only beside a link, so inline code inside emphasis keeps just its code (and link) mark.
/// </summary>
internal readonly record struct WriteMarks(bool Strong, bool Em, bool Strike, bool Code, string? Href)
{
    public JsonArray ToJson()
    {
        var marks = new JsonArray();
        if (!Code)
        {
            AddIf(marks, Strong, "strong");
            AddIf(marks, Em, "em");
            AddIf(marks, Strike, "strike");
        }

        AddIf(marks, Code, "code");
        if (Href is not null)
        {
            marks.Add(new JsonObject { ["type"] = "link", ["attrs"] = new JsonObject { ["href"] = Href } });
        }

        return marks;
    }

    /// <summary>Only these schemes become links; <c>javascript:</c>, <c>data:</c> and relative targets stay text.</summary>
    public static bool IsSafeHref(string? href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";

    private static void AddIf(JsonArray marks, bool on, string type)
    {
        if (on)
        {
            marks.Add(new JsonObject { ["type"] = type });
        }
    }
}
