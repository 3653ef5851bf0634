namespace Zeron.SharedKernel.Tenancy;

/// <summary>The organization the current request acts for, set by <see cref="TenantEndpointFilter"/> after the membership check.</summary>
public interface ITenantContext
{
    bool IsResolved { get; }

    Guid OrganizationId { get; }

    OrganizationRole Role { get; }
}

internal sealed class TenantContext : ITenantContext
{
    private Guid? _organizationId;

    public bool IsResolved => _organizationId.HasValue;

    public Guid OrganizationId => _organizationId ?? throw new InvalidOperationException("No organization was resolved for this request.");

    public OrganizationRole Role { get; private set; }

    public void Resolve(Guid organizationId, OrganizationRole role)
    {
        _organizationId = organizationId;
        Role = role;
    }
}
