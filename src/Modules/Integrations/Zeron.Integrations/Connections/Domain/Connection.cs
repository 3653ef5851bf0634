namespace Zeron.Integrations.Connections.Domain;

/// <summary>
/// An organization's connection to an outside service. The secret is kept encrypted with ASP.NET Data Protection
/// (<see cref="ConnectionSecrets"/>): Zeron must send it, so it cannot be hashed; no API answer ever carries it.
/// </summary>
internal sealed class Connection
{
    public const int MaxNameLength = 100;
    public const int MaxUrlLength = 2048;
    public const int MaxModelLength = 100;
    public const int MaxEmailLength = 254;

    public Guid Id { get; private init; }

    public Guid OrganizationId { get; private init; }

    /// <summary>One of <see cref="Kinds.ConnectionKinds"/>' names; never changes (another kind is another connection).</summary>
    public string Kind { get; private init; } = "";

    public string Name { get; private set; } = "";

    /// <summary>Absolute, without a trailing slash: paths such as <c>/v1/models</c> are appended to it.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Null: the kind's default model.</summary>
    public string? Model { get; private set; }

    /// <summary>The account the secret belongs to, for kinds that sign in with both (Jira: e-mail and API token); else null.</summary>
    public string? Email { get; private set; }

    public string ProtectedSecret { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private init; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Connection Create(Guid organizationId, string kind, string name, string baseUrl, string? model, string protectedSecret, DateTimeOffset now, string? email = null) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            Kind = kind,
            Name = name,
            BaseUrl = baseUrl,
            Model = model,
            Email = email,
            ProtectedSecret = protectedSecret,
            CreatedAt = now,
            UpdatedAt = now,
        };

    /// <summary>Applies the fields that are given (already normalised); a change of address without a new secret is the caller's to refuse.</summary>
    public void Change(string? name, string? baseUrl, Optional<string?> model, string? protectedSecret, DateTimeOffset now, string? email = null)
    {
        Email = email ?? Email;
        Name = name ?? Name;
        BaseUrl = baseUrl ?? BaseUrl;
        Model = model.IsSet ? model.Value : Model;
        ProtectedSecret = protectedSecret ?? ProtectedSecret;
        UpdatedAt = now;
    }
}

/// <summary>A value that may be absent (keep the current one) or set, possibly to null (back to the default).</summary>
internal readonly record struct Optional<T>(bool IsSet, T Value)
{
    public static Optional<T> Keep => default;

    public static Optional<T> Set(T value) => new(true, value);
}
