using AwesomeAssertions;
using Xunit;

namespace Zeron.ArchitectureTests;

/// <summary>Unit tests sit in folders that mirror the code they test (ADR 11), so a test is found from its code and back.</summary>
public sealed class TestLayoutTests
{
    /// <summary>Where each top folder of <c>tests/Zeron.UnitTests</c> points in <c>src/</c>; <c>TestDoubles</c> holds shared fakes.</summary>
    private static string? CodeFolderOf(string topFolder) => topFolder switch
    {
        "SharedKernel" => "src/Zeron.SharedKernel",
        "Web" => "src/Zeron.Web",
        "TestDoubles" => null,
        _ => $"src/Modules/{topFolder}/Zeron.{topFolder}",
    };

    [Fact]
    public void Every_unit_test_folder_mirrors_a_folder_of_the_code()
    {
        var unitTests = Path.Combine(RepositoryFiles.Root, "tests", "Zeron.UnitTests");
        var orphans = Directory.GetDirectories(unitTests, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(unitTests, d).Replace('\\', '/'))
            .Where(d => !d.StartsWith("bin", StringComparison.Ordinal) && !d.StartsWith("obj", StringComparison.Ordinal))
            .Where(d =>
            {
                var parts = d.Split('/', 2);
                return CodeFolderOf(parts[0]) is { } code && !Directory.Exists(Path.Combine(RepositoryFiles.Root, code, parts.Length > 1 ? parts[1] : ""));
            });

        orphans.Should().BeEmpty("a unit-test folder is named after the code folder it tests (Feedback/Features/ListFeedback for src/Modules/Feedback/Zeron.Feedback/Features/ListFeedback)");
    }
}
