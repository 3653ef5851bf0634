using AwesomeAssertions;
using Xunit;
using Zeron.Accounts;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.Analytics.Contracts;
using Zeron.Feedback;
using Zeron.SharedKernel.Messaging;
using Zeron.SharedKernel.Results;

namespace Zeron.UnitTests.SharedKernel.Messaging;

public sealed class ModuleNamesTests
{
    [Theory]
    [InlineData("Zeron.Accounts.Features.CreateOrganization.CreateOrganizationHandler", "Accounts")]
    [InlineData("Zeron.Accounts.Contracts.Organizations.CreateOrganizationCommand", "Accounts")]
    [InlineData("Zeron.Feedback.Data.FeedbackDbContext", "Feedback")]
    [InlineData("Zeron.Orchestration.Contracts.X", "Orchestration")]
    [InlineData("Zeron.Analytics.EventHandlers.OrganizationCreatedHandler", "Analytics")]
    [InlineData("Zeron.Integrations.IntegrationsModule", "Integrations")]
    [InlineData("Zeron.Accounts", "Accounts")]
    public void OfName_is_the_module_segment_for_module_and_contracts_namespaces(string qualifiedName, string expected)
    {
        ModuleNames.OfName(qualifiedName).Should().Be(expected);
    }

    [Theory]
    [InlineData("Zeron.Web.Pages.Admin.IndexModel")]
    [InlineData("Zeron.SharedKernel.Messaging.ValidationBehavior")]
    [InlineData("Zeron")]
    [InlineData("Zeron.")]
    [InlineData("")]
    [InlineData("Zeron.Billing.Features.X")]
    [InlineData("Zeron.AccountsLegacy.X")]
    [InlineData("zeron.accounts.X")]
    [InlineData("Other.Accounts.X")]
    [InlineData("Microsoft.AspNetCore.Hosting.Diagnostics")]
    [InlineData("Accounts")]
    public void OfName_is_Host_for_host_shared_and_foreign_names(string qualifiedName)
    {
        ModuleNames.OfName(qualifiedName).Should().Be("Host");
    }

    [Fact]
    public void Of_reads_the_namespace_of_real_module_and_contracts_types()
    {
        ModuleNames.Of(typeof(AccountsModule)).Should().Be("Accounts");
        ModuleNames.Of(typeof(OrganizationCreated)).Should().Be("Accounts");
        ModuleNames.Of(typeof(FeedbackModule)).Should().Be("Feedback");
        ModuleNames.Of(typeof(GetPlatformSummaryQuery)).Should().Be("Analytics");
    }

    [Fact]
    public void Of_is_Host_for_shared_kernel_and_framework_types()
    {
        ModuleNames.Of(typeof(Error)).Should().Be("Host");
        ModuleNames.Of(typeof(string)).Should().Be("Host");
        ModuleNames.Of(typeof(ModuleNamesTests)).Should().Be("Host");
    }

    [Fact]
    public void Of_a_framework_generic_closed_over_a_module_type_is_Host()
    {
        ModuleNames.Of(typeof(List<OrganizationCreated>)).Should().Be("Host");
    }
}
