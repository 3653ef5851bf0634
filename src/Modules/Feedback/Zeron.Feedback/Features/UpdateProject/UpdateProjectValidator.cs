using FluentValidation;
using Zeron.Feedback.Contracts.Projects;

namespace Zeron.Feedback.Features.UpdateProject;

internal sealed class UpdateProjectValidator : AbstractValidator<UpdateProjectCommand>
{
    public UpdateProjectValidator()
    {
        When(c => c.Name is not null, () => ProjectRules.NameRule(RuleFor(c => c.Name)));
        When(c => c.AllowedOrigins is not null, () => ProjectRules.OriginsRule(RuleFor(c => c.AllowedOrigins)));
        When(c => c.Categories is not null, () => ProjectRules.CategoriesRule(RuleFor(c => c.Categories)));
        RuleFor(c => c.Widget!).SetValidator(new WidgetSettingsInputValidator()).When(c => c.Widget is not null);
    }
}
