using Mediator;
using Zeron.Accounts.Authentication;
using Zeron.Accounts.Contracts.SignIn;
using Zeron.SharedKernel.Results;

namespace Zeron.Accounts.Features.IssueToken;

internal sealed class IssueTokenHandler(PasswordCheck passwords, JwtTokenIssuer tokens) : ICommandHandler<IssueTokenCommand, Result<AccessTokenDto>>
{
    public async ValueTask<Result<AccessTokenDto>> Handle(IssueTokenCommand command, CancellationToken cancellationToken)
    {
        var user = await passwords.CheckAsync(command.Email, command.Password, command.Client, cancellationToken);
        return user.IsSuccess ? tokens.Issue(user.Value) : user.Error!;
    }
}
