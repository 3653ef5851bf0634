using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Zeron.Tests.Shared;

namespace Zeron.BrowserTests.Layout;

/// <summary>
/// The app with one test-only fault: any page asked with <c>?test-throw</c> throws an exception whose message is
/// <see cref="Secret"/> (the shipped app has no such route). The error page itself, re-executed with the same query,
/// does not throw.
/// </summary>
public sealed class ErrorPagesAppFactory : ZeronAppFactory
{
    public const string ThrowQuery = "test-throw";

    public const string Secret = "secret-detail-of-a-test-fault";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Configure<MvcOptions>(o => o.Filters.Add(new ThrowingPageFilter())));
    }

    private sealed class ThrowingPageFilter : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            var http = context.HttpContext;
            return http.Request.Query.ContainsKey(ThrowQuery) && http.Features.Get<IExceptionHandlerFeature>() is null
                ? throw new InvalidOperationException(Secret)
                : next();
        }
    }
}
