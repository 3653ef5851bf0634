using FluentValidation;
using Zeron.SharedKernel.Validation;

namespace Zeron.Accounts.Features;

/// <summary>The body of accepting or declining an invitation.</summary>
/// <param name="Token">The token of the invitation's link: the last segment of its <c>acceptUrl</c>.</param>
internal sealed record InvitationAnswerRequest(string? Token);

internal static class InvitationTokenRule
{
    /// <summary>The token of an invitation's link: required (answering needs the link, not only the email), bounded, no NUL.</summary>
    public static IRuleBuilderOptions<T, string?> InvitationLinkToken<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("The token of the invitation's link is required (the last segment of its acceptUrl).")
            .MaximumLength(100).NoNulCharacters();
}
