namespace Zeron.ArchitectureTests;

/// <summary>The repository's own files, found from the test's output folder (the checkout holds Zeron.sln at its root).</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>The module folders under <c>src/Modules/</c>: the list every other module list must match.</summary>
    public static IReadOnlyList<string> ModuleFolders() =>
        Directory.GetDirectories(Path.Combine(Root, "src", "Modules")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zeron.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Zeron.sln above {AppContext.BaseDirectory}.");
    }
}
