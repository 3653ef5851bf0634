using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Data;

namespace Zeron.Accounts.Features.CreateOrganization;

/// <summary>Organization slugs: 2–50 characters of a–z, 0–9 and inner hyphens.</summary>
internal static partial class Slugs
{
    public const string Pattern = @"^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])\z";
    public const string Rule = "Slug must be 2–50 characters of a–z, 0–9 and hyphens, starting and ending with a letter or digit.";

    public static string FromName(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormKD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-' && (char.IsWhiteSpace(c) || c is '-' or '_' or '.'))
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length > 40 ? slug[..40].Trim('-') : slug;
    }

    /// <summary><paramref name="baseSlug"/> if no organization has it, else the first free <c>baseSlug-2</c>, <c>-3</c>…</summary>
    public static async Task<string> FreeAsync(AccountsDbContext db, string baseSlug, CancellationToken cancellationToken)
    {
        var taken = await db.Organizations.Where(o => o.Slug == baseSlug || o.Slug.StartsWith(baseSlug + "-"))
            .Select(o => o.Slug).ToListAsync(cancellationToken);
        var slug = baseSlug;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = $"{baseSlug}-{n}";
        }

        return slug;
    }

    public static bool IsValid(string slug) => SlugRegex().IsMatch(slug);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex SlugRegex();
}

internal static class NameRules
{
    public static bool HasNoControlCharacters(string? value) => value is null || !value.Any(char.IsControl);
}
