using AwesomeAssertions;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.SignIn;

public sealed class SignInTests(ZeronAppFactory app, ChromiumFixture chromium)
    : BrowserTest(app, chromium), IClassFixture<ZeronAppFactory>
{
    [Fact]
    public async Task Wrong_password_shows_an_error_and_does_not_sign_in()
    {
        await Ui.GoToLoginAsync();
        await Ui.SubmitSignInAsync(password: "not-the-password-123");

        await Expect(Ui.Alert).ToContainTextAsync("Invalid email or password");
        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/login"));
        await Expect(Ui.EmailField).ToHaveValueAsync(ZeronAppFactory.AdminEmail); // kept, so only the password is retyped
        await Expect(Ui.PasswordField).ToHaveValueAsync("");
        (await Context.CookiesAsync()).Select(c => c.Name).Should().NotContain("zeron_auth");

        await Page.GotoAsync("/admin");
        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/login"));
    }

    [Fact]
    public async Task Anonymous_visit_to_members_goes_to_sign_in_and_returns_to_members_afterwards()
    {
        await Page.GotoAsync("/admin/settings/members");

        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/login"));
        new Uri(Page.Url).Query.Should().Contain("ReturnUrl=%2Fadmin%2Fsettings%2Fmembers");
        await Expect(Ui.SignInButton).ToBeVisibleAsync();

        await Ui.SubmitSignInAsync();

        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/settings/members"));
        await Expect(Ui.Heading("Members of Demo")).ToBeVisibleAsync();
        await Expect(Ui.Row(ZeronAppFactory.AdminEmail)).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Sign_in_ignores_a_return_url_to_another_site()
    {
        await Page.GotoAsync("/admin/login?ReturnUrl=" + Uri.EscapeDataString("https://example.com/phish"));
        await Ui.SubmitSignInAsync();

        await Expect(Page).ToHaveURLAsync(AdminUi.AdminHome());
    }
}
