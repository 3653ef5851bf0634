namespace Zeron.Accounts.Authentication;

/// <summary>Names the admin UI and the jobs dashboard use for authorization.</summary>
internal static class AdminUi
{
    /// <summary>Zeron operators (the first-run administrator): may open <c>/admin/jobs</c>.</summary>
    public const string SystemAdminPolicy = "SystemAdmin";
}
