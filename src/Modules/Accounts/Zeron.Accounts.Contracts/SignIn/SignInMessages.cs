using System.Net;
using Mediator;
using Zeron.SharedKernel.Results;

namespace Zeron.Accounts.Contracts.SignIn;

public sealed record AccessTokenDto(string AccessToken, string TokenType, int ExpiresIn);

/// <summary>
/// Exchanges email + password for a short-lived JWT. Failures count against the client address and back off per
/// account and client (<see cref="ErrorKind.TooManyRequests"/> while waiting).
/// </summary>
public sealed record IssueTokenCommand(string Email, string Password, IPAddress? Client) : ICommand<Result<AccessTokenDto>>;

/// <summary>Signs in to the admin UI with the auth cookie. Throttled as <see cref="IssueTokenCommand"/>.</summary>
public sealed record CookieSignInCommand(string Email, string Password, bool RememberMe, IPAddress? Client) : ICommand<Result<Guid>>;

/// <summary>Signs out of the admin UI and ends every session of the user (their cookies and access tokens).</summary>
public sealed record CookieSignOutCommand(Guid? UserId) : ICommand;

/// <summary>
/// The signed-in user changes their password (the current one is checked, throttled as a sign-in); every session and
/// access token of the user ends, this one's too unless <paramref name="KeepThisSession"/> (the admin UI: its cookie is
/// issued again with the new stamp). Wrong current or weak new password: a validation failure. A generated password
/// that had to be changed (<see cref="AccountClaims.MustChangePassword"/>) no longer has to be.
/// </summary>
public sealed record ChangePasswordCommand(Guid? UserId, string CurrentPassword, string NewPassword, IPAddress? Client, bool KeepThisSession = false)
    : ICommand<Result<Unit>>;

/// <summary>Claims the admin UI's sign-in cookie carries besides Identity's own.</summary>
public static class AccountClaims
{
    /// <summary>"true" while the user's password is one Zeron or <c>./zeron up</c> generated: every admin page sends them to change it.</summary>
    public const string MustChangePassword = "zeron_must_change_password";
}
