using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Portal.Testing;

namespace Portal.BrowserTests;

/// <summary>
/// A fresh browser context and page that records what the console and the page report as errors,
/// and checks every API answer the page receives against the API's OpenAPI document: a disagreement
/// fails the test when the page is disposed.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];
    private readonly List<Task<IReadOnlyList<string>>> _contractChecks = [];

    private BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_errors)
                {
                    _errors.Add($"console: {message.Text}");
                }
            }
        };
        context.Response += (_, response) =>
        {
            lock (_contractChecks)
            {
                _contractChecks.Add(CheckAsync(response));
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_errors)
            {
                _errors.Add($"page: {error}");
            }
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    public static async Task<BrowserPage> OpenAsync(IBrowser browser, Uri baseUrl)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl.ToString(), Locale = "lv-LV" });
        return new BrowserPage(context, await context.NewPageAsync());
    }

    /// <summary>axe-core as Deque's package bundles it, read once.</summary>
    private static readonly Lazy<string> _axe = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>
    /// Axe with the WCAG 2.1 A and AA rules, run in the page itself; every violation with the elements it names.
    /// The script goes into the page once per document and axe is asked for violations alone. (The package's own
    /// runner injects the script into every frame and finishes each run in a page of its own, which cost about
    /// two seconds a call here; the portal's pages have no frames.)
    /// </summary>
    public async Task<IReadOnlyList<string>> AccessibilityViolationsAsync()
    {
        if (!await Page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await Page.EvaluateAsync(_axe.Value);
        }

        return await Page.EvaluateAsync<string[]>("""
            async () => (await axe.run(document, {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
              resultTypes: ['violations'],
            })).violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
            """);
    }

    public async Task ScreenshotAsync(string name)
    {
        var directory = Path.Combine(RepoPaths.TestOutput, "screenshots");
        Directory.CreateDirectory(directory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, $"{name}.png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        List<Task<IReadOnlyList<string>>> checks;
        lock (_contractChecks)
        {
            checks = [.. _contractChecks];
        }

        var violations = (await Task.WhenAll(checks)).SelectMany(v => v).Distinct().ToList();
        await _context.DisposeAsync();
        if (violations.Count > 0)
        {
            throw new ContractViolationException(string.Join(Environment.NewLine, violations));
        }
    }

    private static async Task<IReadOnlyList<string>> CheckAsync(IResponse response)
    {
        var path = new Uri(response.Url).AbsolutePath;
        if (!path.StartsWith(Portal.Functions.Contract.ApiDocument.RoutePrefix, StringComparison.Ordinal))
        {
            return [];
        }

        string? body = "";
        if (response.Status is < 300 or >= 400)
        {
            try
            {
                body = await response.TextAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (Exception exception) when (exception is PlaywrightException or TimeoutException)
            {
                // The page went on before the body arrived: the status and media type are still checked.
                body = null;
            }
        }

        var mediaType = response.Headers.TryGetValue("content-type", out var contentType) ? contentType.Split(';')[0].Trim() : null;
        return ApiContract.Current.Check(response.Request.Method, path, (System.Net.HttpStatusCode)response.Status, mediaType, body);
    }
}
