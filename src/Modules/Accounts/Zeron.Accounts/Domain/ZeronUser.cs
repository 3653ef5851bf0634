using Microsoft.AspNetCore.Identity;

namespace Zeron.Accounts.Domain;

internal sealed class ZeronUser : IdentityUser<Guid>
{
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// Set when Zeron or <c>./zeron up</c> generated the password (the first administrator's): the admin UI sends the
    /// user to the change-password page until they choose their own.
    /// </summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The organization the user last worked in; sign-in opens it while they are still a member.</summary>
    public Guid? LastOrganizationId { get; set; }
}
