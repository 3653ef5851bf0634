using Zeron.Accounts.Authentication;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.Accounts.Domain;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Features.Seeding;

/// <summary>
/// First run: creates the administrator from <c>ZERON_ADMIN_EMAIL</c>/<c>ZERON_ADMIN_PASSWORD</c> (or a generated
/// password printed once to the console, never to the log) and a "Demo" organization they own. A generated password
/// (this one, or <c>./zeron up</c>'s, which says so with <c>ZERON_ADMIN_PASSWORD_GENERATED=true</c>) must be changed
/// at the first sign-in to the admin UI.
/// </summary>
internal sealed partial class AccountsInitializer(
    UserManager<ZeronUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    ISender sender,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<AccountsInitializer> logger) : IModuleInitializer
{
    public const string DefaultAdminEmail = "admin@zeron.local";

    /// <summary>Set to true by <c>./zeron up</c> when it generated <c>ZERON_ADMIN_PASSWORD</c> into .zeron/secrets.env.</summary>
    public const string PasswordGeneratedSetting = "ZERON_ADMIN_PASSWORD_GENERATED";

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!await roles.RoleExistsAsync(ZeronClaimTypes.SystemAdminRole))
        {
            await roles.CreateAsync(new IdentityRole<Guid>(ZeronClaimTypes.SystemAdminRole) { Id = Guid.CreateVersion7() });
        }

        if (users.Users.Any())
        {
            return;
        }

        var email = configuration["ZERON_ADMIN_EMAIL"] is { Length: > 0 } configured ? configured : DefaultAdminEmail;
        var password = configuration["ZERON_ADMIN_PASSWORD"];
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = GeneratedPasswords.New();
        }

        var admin = new ZeronUser
        {
            Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, CreatedAt = clock.GetUtcNow(),
            MustChangePassword = generated || configuration.GetValue<bool>(PasswordGeneratedSetting),
        };
        var created = await users.CreateAsync(admin, password!);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                "ZERON_ADMIN_EMAIL / ZERON_ADMIN_PASSWORD were rejected: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, ZeronClaimTypes.SystemAdminRole);
        await sender.Send(new CreateOrganizationCommand(admin.Id, "Demo", "demo"), cancellationToken);
        LogAdminCreated(logger, email);
        if (generated)
        {
            // Deliberately the console, not the logger: logs are shipped and kept, this password must not be.
            Console.WriteLine($"zeron: administrator created: {email} / {password} (shown once; you choose your own at the first sign-in)");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the administrator {Email} and the Demo organization")]
    private static partial void LogAdminCreated(ILogger logger, string email);
}
