namespace Zeron.SharedKernel.Tenancy;

/// <summary>Claims Zeron puts on every authenticated principal, whatever the scheme (cookie, JWT or API key).</summary>
public static class ZeronClaimTypes
{
    /// <summary>The user id (a GUID); absent for API keys.</summary>
    public const string UserId = "sub";

    /// <summary>Set only for API keys: the one organization the key belongs to.</summary>
    public const string ApiKeyOrganizationId = "zeron_org";

    /// <summary>Set only for API keys: the key's id.</summary>
    public const string ApiKeyId = "zeron_key";

    /// <summary>Global role of a Zeron operator (may open the jobs dashboard).</summary>
    public const string SystemAdminRole = "SystemAdmin";
}
