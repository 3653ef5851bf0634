using Microsoft.AspNetCore.Identity;

namespace Zeron.Accounts.Domain;

internal sealed class ZeronUser : IdentityUser<Guid>
{
    public DateTimeOffset CreatedAt { get; set; }
}
