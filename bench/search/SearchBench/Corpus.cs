namespace SearchBench;

/// <summary>
/// Synthetic feedback with realistic overlap: templates × vocabularies, so many items share words and meaning, plus
/// paraphrase templates of the same complaint. A fixed seed: every run stores the same texts.
/// </summary>
internal static class Corpus
{
    private static readonly string[] Features =
    [
        "checkout", "login", "search", "dashboard", "export", "invoice", "password reset", "profile page", "notifications", "cart",
        "payment form", "file upload", "calendar", "reports", "settings page", "sign-up form", "mobile app", "dark mode", "API", "chat",
        "order history", "coupon field", "shipping options", "product images", "wishlist", "two-factor login", "team invites", "billing page",
        "CSV import", "email digest",
    ];

    private static readonly string[] Problems =
    [
        "does nothing when I click it", "is very slow", "crashes", "shows a blank page", "logs me out", "shows the wrong total",
        "throws an error", "never finishes loading", "looks broken", "loses what I typed", "is missing a button", "times out",
    ];

    private static readonly string[] Platforms = ["on Safari", "on my iPhone", "on Android", "in Firefox", "on Windows", "on the iPad", "in Chrome", "on my Mac", "", ""];

    private static readonly string[] Wishes =
    [
        "work offline", "remember my choices", "support keyboard shortcuts", "show more details", "be faster", "have a dark theme",
        "let me undo", "send me a summary", "sort by date", "filter by status",
    ];

    private static readonly string[] Moods = ["", "Please fix this.", "This is frustrating.", "Thanks!", "Since the last update.", "Happens every time."];

    private static readonly Func<Random, string>[] Templates =
    [
        r => $"The {F(r)} {P(r)} {Pl(r)}. {M(r)}",
        r => $"When I open the {F(r)} it {P(r)} {Pl(r)}.",
        r => $"{Cap(F(r))} {P(r)}. {M(r)}",
        r => $"I can't use the {F(r)} {Pl(r)}, it {P(r)}.",
        r => $"Is it possible for the {F(r)} to {W(r)}?",
        r => $"I wish the {F(r)} could {W(r)}. {M(r)}",
        r => $"Please make the {F(r)} {W(r)}.",
        r => $"Love the {F(r)}, but it {P(r)} {Pl(r)}.",
    ];

    /// <summary><paramref name="count"/> distinct texts.</summary>
    public static IReadOnlyList<string> UniqueTexts(int count, int seed = 9)
    {
        var random = new Random(seed);
        var texts = new HashSet<string>(StringComparer.Ordinal);
        while (texts.Count < count)
        {
            texts.Add(Clean(Templates[random.Next(Templates.Length)](random)));
        }

        return texts.ToList();
    }

    /// <summary>Search queries: short phrasings, some with no word in common with the stored texts.</summary>
    public static IReadOnlyList<string> Queries(int count, int seed = 27)
    {
        var random = new Random(seed);
        Func<Random, string>[] forms =
        [
            r => $"{F(r)} broken {Pl(r)}",
            r => $"{F(r)} slow",
            r => $"can't pay",
            r => $"app keeps signing me out",
            r => $"page stays white",
            r => $"want {F(r)} to {W(r)}",
            r => $"{F(r)} error",
        ];
        return Enumerable.Range(0, count).Select(_ => Clean(forms[random.Next(forms.Length)](random))).ToList();
    }

    private static string F(Random r) => Features[r.Next(Features.Length)];
    private static string P(Random r) => Problems[r.Next(Problems.Length)];
    private static string Pl(Random r) => Platforms[r.Next(Platforms.Length)];
    private static string W(Random r) => Wishes[r.Next(Wishes.Length)];
    private static string M(Random r) => Moods[r.Next(Moods.Length)];
    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];
    private static string Clean(string s) => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace(" .", ".", StringComparison.Ordinal).Replace(" ,", ",", StringComparison.Ordinal).Replace(" ?", "?", StringComparison.Ordinal);
}
