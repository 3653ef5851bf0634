using FluentValidation;
using Zeron.Feedback.Contracts.Projects;

namespace Zeron.Feedback.Features.CreateProject;

internal sealed class CreateProjectValidator : AbstractValidator<CreateProjectCommand>
{
    public CreateProjectValidator()
    {
        ProjectRules.NameRule(RuleFor(c => c.Name));
        When(c => c.AllowedOrigins is not null, () => ProjectRules.OriginsRule(RuleFor(c => c.AllowedOrigins)));
        When(c => c.Categories is not null, () => ProjectRules.CategoriesRule(RuleFor(c => c.Categories)));
        RuleFor(c => c.Widget!).SetValidator(new WidgetSettingsInputValidator()).When(c => c.Widget is not null);
    }
}
