using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Accounts.Contracts.SignIn;
using Zeron.SharedKernel.Http;

namespace Zeron.Accounts.Features.IssueToken;

internal sealed record IssueTokenRequest(string? Email, string? Password);

internal static class IssueTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v1/auth/token", HandleAsync)
            .AllowAnonymous()
            .WithTags("Auth")
            .WithName("IssueToken")
            .WithRequestExample(new IssueTokenRequest("ada@example.com", "correct-horse-battery-staple"))
            .WithSummary("Exchange email and password for a short-lived JWT access token.")
            .WithDescription("Failed attempts are limited per client address and back off per account and client: 429 with Retry-After.")
            .Produces<AccessTokenDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<IResult> HandleAsync(IssueTokenRequest request, HttpContext http, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new IssueTokenCommand(request.Email ?? "", request.Password ?? "", http.Connection.RemoteIpAddress), ct);
        return result.ToHttpResult(TypedResults.Ok);
    }
}
