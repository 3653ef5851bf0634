using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Accounts.Contracts.SignIn;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Features.ChangePassword;

internal sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

internal static class ChangePasswordEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v1/auth/password", HandleAsync)
            .RequireAuthorization(TenancyExtensions.ApiPolicy)
            .WithTags("Auth")
            .WithName("ChangePassword")
            .WithRequestExample(new ChangePasswordRequest("correct-horse-battery-staple", "a-longer-better-passphrase"))
            .WithSummary("Change the signed-in user's password; every session and access token of the user ends, this one too.")
            .WithDescription("204, then sign in again with the new password. A wrong current password is a 400 naming currentPassword (and counts as a "
                + "failed sign-in: 429 with Retry-After when there are too many); a weak new one a 400 naming newPassword. API keys have no password: 403.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<IResult> HandleAsync(ChangePasswordRequest request, HttpContext http, ISender sender, CancellationToken ct)
    {
        var command = new ChangePasswordCommand(http.User.UserId(), request.CurrentPassword ?? "", request.NewPassword ?? "", http.Connection.RemoteIpAddress);
        return (await sender.Send(command, ct)).ToHttpResult(_ => TypedResults.NoContent());
    }
}
