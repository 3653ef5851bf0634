using Microsoft.AspNetCore.Http;
using Zeron.SharedKernel.Results;

namespace Zeron.SharedKernel.Http;

public static class ResultHttpExtensions
{
    /// <summary>Maps a use-case result to HTTP: success through <paramref name="onSuccess"/>, errors to ProblemDetails.</summary>
    public static IResult ToHttpResult<T>(this Result<T> result, Func<T, IResult> onSuccess) =>
        result.IsSuccess ? onSuccess(result.Value) : ApiProblems.Answer(result.Error!);
}
