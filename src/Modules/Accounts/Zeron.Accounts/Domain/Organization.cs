namespace Zeron.Accounts.Domain;

internal sealed class Organization
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
