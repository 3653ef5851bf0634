namespace Zeron.Tests.Shared;

/// <summary>Where the throwaway services started by <c>./zeron test</c> are (never the developer's own data).</summary>
public static class TestEnvironment
{
    public static string PostgresAdmin => Required("ZERON_TEST_POSTGRES");

    public static string Redis => Required("ZERON_TEST_REDIS");

    public static string Chromium => Environment.GetEnvironmentVariable("ZERON_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>The pinned npm tools of <c>tests/node</c> (axe-core, openapi-typescript, typescript), installed by <c>./zeron test</c>.</summary>
    public static string NodeTools
    {
        get
        {
            var path = Required("ZERON_NODE_TOOLS");
            return Directory.Exists(path) ? path : throw new InvalidOperationException($"ZERON_NODE_TOOLS={path} does not exist: ./zeron test runs npm ci in tests/node.");
        }
    }

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the tests with ./zeron test, which starts throwaway PostgreSQL and Redis.");
}
