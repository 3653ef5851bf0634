namespace Zeron.SharedKernel.Tenancy;

/// <summary>Endpoint metadata: the minimum role in the route's organization.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class RequireOrganizationRoleAttribute(OrganizationRole role) : Attribute
{
    public OrganizationRole Role { get; } = role;
}

/// <summary>Endpoint metadata: only a signed-in user may call it, not an API key (e.g. minting more keys).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class RequireUserCallerAttribute : Attribute;
