using Microsoft.Extensions.Caching.Memory;

namespace Zeron.Feedback.Features.SubmitFeedback;

/// <summary>
/// Projects recently submitted to, by key, each as read at one row version. A remembered project only lets a
/// submission skip reading it: the insert checks, in its own statement, that the key still names the project at that
/// version, and stores nothing otherwise. So a rotated key, a deleted project or a changed allowlist takes effect at
/// once, on every instance. Nothing is remembered about unknown keys.
/// </summary>
internal sealed class KnownProjects : IDisposable
{
    public const int MaxProjects = 10_000;
    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _byKey = new(new MemoryCacheOptions { SizeLimit = MaxProjects });

    public ProjectSnapshot? Find(string key) => _byKey.TryGetValue(key, out ProjectSnapshot? project) ? project : null;

    public void Remember(string key, ProjectSnapshot project) =>
        _byKey.Set(key, project, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Unused });

    public void Forget(string key) => _byKey.Remove(key);

    public void Dispose() => _byKey.Dispose();
}
