using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Identity;
using Portal.Functions.Identity;
using Portal.Functions.Pipeline;

namespace Portal.UnitTests.Pipeline;

/// <summary>The page that posts a provider's form by itself: no inline script, a button, and a policy that lets the form go to its action's origin only.</summary>
public sealed class ProviderFormPageTests
{
    private static readonly Uri _bank = new("https://bank.test:8443/banklink?lang=lv");

    [Fact]
    public void Policy_LetsTheFormGoToItsActionsOriginOnly()
    {
        Assert.Equal("default-src 'none'; script-src 'self'; form-action https://bank.test:8443; base-uri 'none'; frame-ancestors 'none'", ProviderFormPage.Policy(_bank));
        Assert.Contains("form-action https://bank.test;", ProviderFormPage.Policy(new Uri("https://bank.test/banklink")), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_HoldsTheFieldsInOrder_Escaped_WithAButton_AndTheScriptFile()
    {
        KeyValuePair<string, string>[] fields = [new("VK_SERVICE", "1012"), new("VK_MSG", "Rēķins \"1\" <b>&</b>"), new("VK_MAC", "a+b/c==")];

        var html = ProviderFormPage.Html(_bank, fields);

        Assert.Contains("<form id=\"provider-form\" method=\"post\" action=\"https://bank.test:8443/banklink?lang=lv\">", html, StringComparison.Ordinal);
        var (action, read) = Portal.Testing.HtmlForm.Read(html);
        Assert.Equal("https://bank.test:8443/banklink?lang=lv", action);
        Assert.Equal(fields, read);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/provider-form.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onload", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheScriptFile_SubmitsTheForm_AndIsAFileOfTheUi()
    {
        var script = File.ReadAllText(Path.Combine(Portal.Testing.RepoPaths.Root, "static-web", "public", "provider-form.js"));

        Assert.Contains($"document.getElementById('{ProviderFormPage.FormId}')?.submit();", script, StringComparison.Ordinal);
    }

    [Fact]
    public void SignInStart_AForm_IsAnsweredWithThePage_AnAddressWithARedirect()
    {
        var http = new DefaultHttpContext();

        var page = Assert.IsType<ContentResult>(ExternalSignInStart.Go(http.Response, new ExternalRedirect(_bank, [new("VK_SERVICE", "4012")])));
        var redirect = Assert.IsType<RedirectResult>(ExternalSignInStart.Go(new DefaultHttpContext().Response, new ExternalRedirect(new Uri("https://vpm.test/sts?wa=wsignin1.0"))));

        Assert.Equal((200, "text/html; charset=utf-8"), (page.StatusCode, page.ContentType));
        Assert.Contains("name=\"VK_SERVICE\" value=\"4012\"", page.Content, StringComparison.Ordinal);
        Assert.Equal(ProviderFormPage.Policy(_bank), http.Response.Headers.ContentSecurityPolicy.ToString());
        Assert.Equal("no-store", http.Response.Headers.CacheControl.ToString());
        Assert.Equal("https://vpm.test/sts?wa=wsignin1.0", redirect.Url);
    }
}
