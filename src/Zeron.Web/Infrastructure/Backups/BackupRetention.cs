using System.Text.RegularExpressions;

namespace Zeron.Web.Infrastructure.Backups;

/// <summary>
/// Keeps the newest <c>keep</c> complete backups in a directory. Only folders this job names (a UTC time,
/// <c>2026-12-01T081500Z</c>) that hold a manifest count; anything else there is left alone.
/// </summary>
internal static partial class BackupRetention
{
    public static IReadOnlyList<string> Apply(string directory, int keep)
    {
        var old = new DirectoryInfo(directory).EnumerateDirectories()
            .Where(d => FolderName().IsMatch(d.Name) && File.Exists(Path.Combine(d.FullName, BackupWriter.Manifest)))
            .OrderByDescending(d => d.Name, StringComparer.Ordinal)
            .Skip(keep)
            .ToList();
        foreach (var folder in old)
        {
            folder.Delete(recursive: true);
        }

        return [.. old.Select(d => d.FullName)];
    }

    public const string FolderFormat = "yyyy-MM-dd'T'HHmmss'Z'";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{6}Z$")]
    private static partial Regex FolderName();
}
