using Microsoft.Playwright;
using Portal.Functions.Pipeline;
using Portal.Testing;

namespace Portal.BrowserTests;

/// <summary>Debian's Chromium driven by Playwright; the project never downloads a browser of its own.</summary>
public static class Chromium
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new FileNotFoundException(
                $"Chromium is not at {ExecutablePath}. Run ./dev test once (it installs it), or install chromium and set PORTAL_CHROMIUM.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }
}

/// <summary>A running portal (backends, dev host on Kestrel) and a browser, shared by a collection of page tests.</summary>
public sealed class BrowserFixture : IsolatedPortal
{
    public Uri BaseUrl { get; private set; } = null!;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Chosen before the portal starts, so links in emails and the staff sign-in's return address point at it.</summary>
    private readonly int _port = FreePort.Next();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        BaseUrl = Factory.StartKestrel(_port);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(Playwright);
    }

    protected override Dictionary<string, string?> Settings(TestBackends backends)
    {
        var settings = backends.Settings();
        settings["Portal:PublicBaseUrl"] = $"http://127.0.0.1:{_port}/";
        // Latvija.lv's stand-in reached as localhost, the portal as 127.0.0.1: its answer comes back as a cross-site POST, as VPM's does.
        foreach (var (key, value) in DevVpm.Settings(new Uri($"http://127.0.0.1:{_port}/"), new Uri($"http://localhost:{_port}/")))
        {
            settings[key] = value;
        }

        // Reports are built by their queue-triggered function, as in Azure.
        settings["DevHost:RunQueues"] = "true";
        return settings;
    }

    /// <summary>
    /// A plain HTTP client of the running portal for setting up what a test needs through the API: it
    /// takes the anti-forgery token once and echoes it, as the UI does.
    /// </summary>
    public async Task<HttpClient> ApiClientAsync()
    {
        var http = new HttpClient(new ContractCheckHandler(new HttpClientHandler())) { BaseAddress = BaseUrl };
        using var first = await http.GetAsync(new Uri("/api/health", UriKind.Relative));
        var token = first.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith($"{Xsrf.CookieName}=", StringComparison.Ordinal))[$"{Xsrf.CookieName}=".Length..];
        http.DefaultRequestHeaders.Add("Cookie", $"{Xsrf.CookieName}={token}");
        http.DefaultRequestHeaders.Add(Xsrf.HeaderName, token);
        return http;
    }

    /// <summary>The back office's API client: a client-credentials token with BackOffice.Write.</summary>
    public async Task<HttpClient> BackOfficeClientAsync()
    {
        var http = await ApiClientAsync();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await Backends.Identity.TokenAsync("backoffice"));
        return http;
    }

    /// <summary>Signs a person in on the sign-in page (Latvian).</summary>
    public static async Task SignInAsync(BrowserPage browser, string email, string password)
    {
        await browser.Page.GotoAsync("/sign-in");
        await browser.Page.Locator("#email").FillAsync(email);
        await browser.Page.Locator("#password").FillAsync(password);
        await browser.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Pieslēgties" }).ClickAsync();
    }

    /// <summary>Signs a staff member in the way a browser does: the portal's button, the identity provider's form, back to the staff pages.</summary>
    public async Task SignInAsStaffAsync(BrowserPage browser, string email)
    {
        await browser.Page.GotoAsync("/staff/sign-in");
        await browser.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Pieslēgties ar uzņēmuma kontu" }).ClickAsync();
        await browser.Page.Locator("#email").FillAsync(email);
        await browser.Page.Locator("#password").FillAsync(Backends.Identity.StaffPassword);
        await browser.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        try
        {
            await browser.Page.WaitForURLAsync("**/staff/registrations");
        }
        catch (TimeoutException exception)
        {
            // Say where the flow stopped (the identity provider's page, the callback, an error page) and keep a picture of it.
            await browser.ScreenshotAsync($"staff-sign-in-stopped-{Guid.NewGuid():N}");
            var text = await browser.Page.Locator("body").InnerTextAsync(new() { Timeout = 2_000 });
            throw new TimeoutException($"Staff sign-in did not come back to /staff/registrations: the page is {browser.Page.Url}, saying \"{text[..Math.Min(text.Length, 400)]}\". Errors: {string.Join("; ", browser.Errors)}", exception);
        }
    }

    public async Task<BrowserPage> OpenAsync() => await BrowserPage.OpenAsync(Browser, BaseUrl);

    public override async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
