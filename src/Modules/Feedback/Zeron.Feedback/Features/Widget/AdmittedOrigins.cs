using Microsoft.Extensions.Caching.Memory;

namespace Zeron.Feedback.Features.Widget;

/// <summary>
/// Origins the allowlist recently admitted, per project key or conversation, remembered by this instance so that a
/// 503 while PostgreSQL is down (when the allowlist cannot be read) still carries CORS for them and the widget can
/// read <c>Retry-After</c> and back off. Used for nothing else: with the database up the allowlist always decides.
/// An origin this instance has not served within the hour gets a 503 without CORS, as a stranger would.
/// </summary>
internal sealed class AdmittedOrigins : IDisposable
{
    public const int MaxEntries = 10_000;
    private static readonly TimeSpan Unused = TimeSpan.FromHours(1);

    private readonly MemoryCache _admitted = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    public void Remember(string scope, string origin) =>
        _admitted.Set((scope, origin), true, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Unused });

    public bool WasAdmitted(string scope, string origin) => _admitted.TryGetValue((scope, origin), out _);

    public void Dispose() => _admitted.Dispose();
}
