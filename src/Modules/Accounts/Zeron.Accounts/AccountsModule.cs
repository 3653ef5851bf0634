using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zeron.Accounts.Authentication;
using Zeron.Accounts.Contracts.ApiKeys;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.Accounts.Contracts.Members;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.Accounts.Contracts.SignIn;
using Zeron.Accounts.Features.CookieSignIn;
using Zeron.Accounts.Data;
using Zeron.Accounts.Features.AcceptInvitation;
using Zeron.Accounts.Features.AddMember;
using Zeron.Accounts.Features.ChangeMemberRole;
using Zeron.Accounts.Features.ChangePassword;
using Zeron.Accounts.Features.CreateAccountFromInvitation;
using Zeron.Accounts.Features.CreateApiKey;
using Zeron.Accounts.Features.CreateOrganization;
using Zeron.Accounts.Features.DeclineInvitation;
using Zeron.Accounts.Features.IssueToken;
using Zeron.Accounts.Features.ListApiKeys;
using Zeron.Accounts.Features.ListInvitations;
using Zeron.Accounts.Features.ListMembers;
using Zeron.Accounts.Features.ListOrganizations;
using Zeron.Accounts.Features.ListReceivedInvitations;
using Zeron.Accounts.Features.RemoveMember;
using Zeron.Accounts.Features.RevokeApiKey;
using Zeron.Accounts.Features.RevokeInvitation;
using Zeron.Accounts.Features.Seeding;
using Zeron.Accounts.KeyRing;
using Zeron.SharedKernel.Outbox;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts;

/// <summary>Organizations, users, memberships, API keys and sign-in; the tenancy decision for every module.</summary>
public static class AccountsModule
{
    public const string Name = "Accounts";

    public static IServiceCollection AddAccountsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AccountsDbContext>(configuration, Name, AccountsDbContext.Schema);
        services.AddPublishedEvent<OrganizationCreated>(Name);
        services.AddSingleton<IValidator<CreateOrganizationCommand>, CreateOrganizationValidator>();
        services.AddSingleton<IValidator<CreateApiKeyCommand>, CreateApiKeyValidator>();
        services.AddSingleton<IValidator<AddMemberCommand>, AddMemberValidator>();
        services.AddSingleton<IValidator<IssueTokenCommand>, IssueTokenValidator>();
        services.AddSingleton<IValidator<CookieSignInCommand>, CookieSignInValidator>();
        services.AddSingleton<IValidator<CreateAccountFromInvitationCommand>, CreateAccountFromInvitationValidator>();
        services.AddSingleton<IValidator<ChangePasswordCommand>, ChangePasswordValidator>();
        services.AddSingleton<IValidator<ChangeMemberRoleCommand>, ChangeMemberRoleValidator>();
        services.AddSingleton<IValidator<AcceptInvitationCommand>, AcceptInvitationValidator>();
        services.AddSingleton<IValidator<DeclineInvitationCommand>, DeclineInvitationValidator>();
        services.AddAccountsAuthentication(configuration);
        services.AddDataProtection().SetApplicationName("Zeron").PersistKeysToDbContext<AccountsDbContext>();
        services.AddKeyRingEncryption(configuration);
        services.AddScoped<IOrganizationAccess, OrganizationAccess>();
        services.AddScoped<PasswordCheck>();
        services.AddScoped<JwtTokenIssuer>();
        services.AddScoped<IModuleInitializer, AccountsInitializer>();
        return services;
    }

    public static IEndpointRouteBuilder MapAccountsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        IssueTokenEndpoint.Map(endpoints);
        ChangePasswordEndpoint.Map(endpoints);

        var orgs = endpoints.MapGroup("/api/v1/orgs").RequireAuthorization(TenancyExtensions.ApiPolicy).WithTags("Organizations");
        ListOrganizationsEndpoint.Map(orgs);
        CreateOrganizationEndpoint.Map(orgs);

        var org = endpoints.MapOrganizationApi("Organizations");
        ListApiKeysEndpoint.Map(org);
        CreateApiKeyEndpoint.Map(org);
        RevokeApiKeyEndpoint.Map(org);
        ListMembersEndpoint.Map(org);
        AddMemberEndpoint.Map(org);
        ChangeMemberRoleEndpoint.Map(org);
        RemoveMemberEndpoint.Map(org);
        ListInvitationsEndpoint.Map(org);
        RevokeInvitationEndpoint.Map(org);

        var invitations = endpoints.MapGroup("/api/v1/invitations").RequireAuthorization(TenancyExtensions.ApiPolicy).WithTags("Invitations");
        ListReceivedInvitationsEndpoint.Map(invitations);
        AcceptInvitationEndpoint.Map(invitations);
        DeclineInvitationEndpoint.Map(invitations);
        return endpoints;
    }
}
