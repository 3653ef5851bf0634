using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Domain;

internal sealed class Membership
{
    public Guid OrganizationId { get; init; }

    public Guid UserId { get; init; }

    public OrganizationRole Role { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
