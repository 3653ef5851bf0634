using FluentValidation;
using Zeron.Feedback.Contracts.Widget;
using Zeron.Feedback.Domain;
using Zeron.SharedKernel.Validation;

namespace Zeron.Feedback.Features.SubmitFeedback;

/// <summary>
/// Shape of a widget submission (anyone on the internet can send one). NUL is refused in every stored string because
/// PostgreSQL text cannot hold it; markup is not refused: it is data, and escaping is the renderer's job.
/// </summary>
internal sealed class SubmitFeedbackValidator : AbstractValidator<SubmitFeedbackCommand>
{
    public const int MaxMessageLength = 5000;

    public SubmitFeedbackValidator()
    {
        RuleFor(c => c.ProjectKey).NotEmpty().WithMessage("Give the project key (pk_…) in the body.");
        RuleFor(c => c.ClientId).NotEmpty().Matches(@"^[A-Za-z0-9_-]{1,100}\z")
            .WithMessage("Client id must be 1 to 100 characters of A-Z, a-z, 0-9, _ and -.");
        RuleFor(c => c.Message).NotEmpty().MaximumLength(MaxMessageLength).NoNulCharacters();
        RuleFor(c => c.Category).MaximumLength(Categories.MaxLength).NoNulCharacters();
        When(c => !string.IsNullOrWhiteSpace(c.Email), () =>
            RuleFor(c => c.Email).MaximumLength(254).EmailAddress().Must(NoControl).WithMessage("Email must not contain control characters."));
        When(c => !string.IsNullOrWhiteSpace(c.PageUrl), () =>
            RuleFor(c => c.PageUrl).MaximumLength(2048).Must(IsWebUrl).WithMessage("Page URL must be an absolute http or https URL."));
        RuleFor(c => c.Metadata).Must(m => FeedbackMetadata.Problem(m) is null)
            .WithMessage(c => FeedbackMetadata.Problem(c.Metadata) ?? "");
    }

    private static bool NoControl(string? value) => value is null || !value.Any(char.IsControl);

    private static bool IsWebUrl(string? value) =>
        NoControl(value) && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
