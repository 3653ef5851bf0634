using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.SignIn;

public sealed class SignOutTests(ZeronAppFactory app, ChromiumFixture chromium)
    : BrowserTest(app, chromium), IClassFixture<ZeronAppFactory>
{
    [Fact]
    public async Task Sign_out_returns_to_the_login_page_and_admin_then_requires_sign_in_again()
    {
        await Ui.SignInAsAdminAsync();

        await Ui.SignOutButton.ClickAsync();

        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/login"));
        await Expect(Ui.SignInButton).ToBeVisibleAsync();

        await Page.GotoAsync("/admin");
        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/login"));
        await Expect(Ui.SignOutButton).ToHaveCountAsync(0);
    }
}
