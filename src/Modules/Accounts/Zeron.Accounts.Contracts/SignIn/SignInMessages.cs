using Mediator;
using Zeron.SharedKernel.Results;

namespace Zeron.Accounts.Contracts.SignIn;

public sealed record AccessTokenDto(string AccessToken, string TokenType, int ExpiresIn);

/// <summary>Exchanges email + password for a short-lived JWT. Failures count towards lockout.</summary>
public sealed record IssueTokenCommand(string Email, string Password) : ICommand<Result<AccessTokenDto>>;

/// <summary>Signs in to the admin UI with the auth cookie. Failures count towards lockout.</summary>
public sealed record CookieSignInCommand(string Email, string Password, bool RememberMe) : ICommand<Result<Guid>>;

public sealed record CookieSignOutCommand : ICommand;
