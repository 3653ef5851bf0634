using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Zeron.Accounts.Data;
using Zeron.Accounts.Domain;
using Zeron.SharedKernel.RateLimiting;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Authentication;

/// <summary>
/// Sign-in for the three kinds of caller: the admin UI (Identity cookie, default scheme), and the REST API, which
/// takes <c>Authorization: Bearer</c> with either a JWT or an API key (<c>zk_…</c>) behind one policy scheme.
/// </summary>
internal static class AccountsAuthentication
{
    public const string BearerScheme = "Bearer";

    public static void AddAccountsAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();

        services.AddIdentity<ZeronUser, IdentityRole<Guid>>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                // No fixed lockout (anyone could lock anyone out): SignInThrottle backs off per account and client.
                o.Lockout.AllowedForNewUsers = false;
                o.ClaimsIdentity.UserIdClaimType = ZeronClaimTypes.UserId;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddClaimsPrincipalFactory<ZeronClaimsFactory>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "zeron_auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/admin/login";
            o.LogoutPath = "/admin/logout";
            o.AccessDeniedPath = "/admin/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });

        // The cookie is checked against the user's security stamp this often (Identity's SecurityStampValidator).
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<AuthOptions>>((o, auth) => o.ValidationInterval = TimeSpan.FromSeconds(auth.Value.SessionCheckSeconds));
        services.AddMemoryCache();
        services.AddSingleton<SessionStamps>();
        services.AddRedisRateLimiter();
        services.AddSingleton<SignInThrottle>();

        services.AddAuthentication()
            .AddJwtBearer(JwtTokenIssuer.SchemeName, _ => { })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, _ => { })
            .AddPolicyScheme(BearerScheme, BearerScheme, o => o.ForwardDefaultSelector = SelectBearerScheme);
        services.AddOptions<JwtBearerOptions>(JwtTokenIssuer.SchemeName).Configure<IOptions<AuthOptions>>(ConfigureJwt);

        services.AddAuthorizationBuilder()
            .AddPolicy(TenancyExtensions.ApiPolicy, p => p.AddAuthenticationSchemes(BearerScheme).RequireAuthenticatedUser())
            .AddPolicy(TenancyExtensions.SystemAdminPolicy, p => p.RequireAuthenticatedUser().RequireRole(ZeronClaimTypes.SystemAdminRole));
    }

    private static string SelectBearerScheme(HttpContext context) =>
        BearerToken.From(context.Request)?.StartsWith(ApiKeySecrets.KeyPrefix, StringComparison.Ordinal) == true
            ? ApiKeyAuthenticationHandler.SchemeName
            : JwtTokenIssuer.SchemeName;

    private static void ConfigureJwt(JwtBearerOptions o, IOptions<AuthOptions> auth)
    {
        o.MapInboundClaims = false;
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = auth.Value.Issuer,
            ValidAudience = auth.Value.Audience,
            IssuerSigningKey = JwtTokenIssuer.SigningKey(auth.Value),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = "email",
        };
        o.Events = new JwtBearerEvents
        {
            OnChallenge = context =>
            {
                context.HandleResponse();
                var detail = context.AuthenticateFailure switch
                {
                    SecurityTokenExpiredException => "The access token has expired.",
                    { Message: SessionStamps.EndedMessage } => SessionStamps.EndedMessage,
                    _ => "A valid API key or access token is required.",
                };
                return ApiChallenge.WriteAsync(context.HttpContext, detail);
            },
            OnTokenValidated = RefuseEndedSessionsAsync,
        };
    }

    /// <summary>A token whose stamp fingerprint is not the user's current one (signed out, password changed, removed) is refused.</summary>
    private static async Task RefuseEndedSessionsAsync(TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var user = context.Principal?.UserId();
        if (user is null || !await services.GetRequiredService<SessionStamps>().IsCurrentAsync(
                user.Value, context.Principal!.FindFirstValue(SessionStamps.ClaimType), services.GetRequiredService<AccountsDbContext>(), context.HttpContext.RequestAborted))
        {
            context.Fail(SessionStamps.EndedMessage);
        }
    }
}
