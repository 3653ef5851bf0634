using AwesomeAssertions;
using FluentValidation;
using Mediator;
using Xunit;
using Zeron.SharedKernel.Messaging;

namespace Zeron.UnitTests.SharedKernel.Messaging;

public sealed class ValidationBehaviorTests
{
    public sealed record RenameWidget(string DisplayName, int MaxItems) : ICommand<int>;

    private sealed class RenameWidgetValidator : AbstractValidator<RenameWidget>
    {
        public RenameWidgetValidator()
        {
            RuleFor(c => c.DisplayName).NotEmpty().WithMessage("Display name is required.");
            RuleFor(c => c.DisplayName).MaximumLength(5).WithMessage("Display name is too long.");
            RuleFor(c => c.MaxItems).InclusiveBetween(1, 10).WithMessage("Max items must be 1-10.");
        }
    }

    private sealed class DuplicateMessageValidator : AbstractValidator<RenameWidget>
    {
        public DuplicateMessageValidator() =>
            RuleFor(c => c.MaxItems).InclusiveBetween(1, 10).WithMessage("Max items must be 1-10.");
    }

    private sealed class NextSpy(int result)
    {
        public List<RenameWidget> Received { get; } = [];

        public ValueTask<int> Invoke(RenameWidget message, CancellationToken cancellationToken)
        {
            Received.Add(message);
            return ValueTask.FromResult(result);
        }
    }

    [Fact]
    public async Task An_invalid_message_throws_with_camel_case_keys_and_every_message_and_never_calls_next()
    {
        var behavior = new ValidationBehavior<RenameWidget, int>([new RenameWidgetValidator()]);
        var next = new NextSpy(42);

        var act = async () => await behavior.Handle(new RenameWidget("", 0), next.Invoke, TestContext.Current.CancellationToken);

        var thrown = await act.Should().ThrowAsync<RequestValidationException>();
        thrown.Which.Errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["displayName"] = ["Display name is required."],
            ["maxItems"] = ["Max items must be 1-10."],
        });
        next.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task Failures_of_one_property_from_several_rules_are_grouped_under_one_key()
    {
        var behavior = new ValidationBehavior<RenameWidget, int>([new RenameWidgetValidator()]);
        var next = new NextSpy(42);

        var act = async () => await behavior.Handle(new RenameWidget("far too long", 5), next.Invoke, TestContext.Current.CancellationToken);

        var thrown = await act.Should().ThrowAsync<RequestValidationException>();
        thrown.Which.Errors.Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new KeyValuePair<string, string[]>("displayName", ["Display name is too long."]));
    }

    [Fact]
    public async Task The_same_message_from_two_validators_is_reported_once()
    {
        var behavior = new ValidationBehavior<RenameWidget, int>([new RenameWidgetValidator(), new DuplicateMessageValidator()]);
        var next = new NextSpy(42);

        var act = async () => await behavior.Handle(new RenameWidget("ok", 99), next.Invoke, TestContext.Current.CancellationToken);

        var thrown = await act.Should().ThrowAsync<RequestValidationException>();
        thrown.Which.Errors["maxItems"].Should().Equal("Max items must be 1-10.");
    }

    [Fact]
    public async Task A_valid_message_is_passed_to_next_and_its_result_returned()
    {
        var behavior = new ValidationBehavior<RenameWidget, int>([new RenameWidgetValidator(), new DuplicateMessageValidator()]);
        var next = new NextSpy(42);
        var message = new RenameWidget("ok", 3);

        var result = await behavior.Handle(message, next.Invoke, TestContext.Current.CancellationToken);

        result.Should().Be(42);
        next.Received.Should().ContainSingle().Which.Should().BeSameAs(message);
    }

    [Fact]
    public async Task Without_validators_any_message_passes_through()
    {
        var behavior = new ValidationBehavior<RenameWidget, int>([]);
        var next = new NextSpy(7);

        var result = await behavior.Handle(new RenameWidget("", -1), next.Invoke, TestContext.Current.CancellationToken);

        result.Should().Be(7);
        next.Received.Should().ContainSingle();
    }
}
