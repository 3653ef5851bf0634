namespace Zeron.SharedKernel.Tenancy;

/// <summary>A member's role in an organization; higher values include the rights of lower ones.</summary>
public enum OrganizationRole
{
    Member = 1,
    Admin = 2,
    Owner = 3,
}
