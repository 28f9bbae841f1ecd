using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Clients;
using Portal.Testing;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>
/// Reflow (WCAG 2.1 1.4.10): every page of the UI's route table, 320 CSS pixels wide, in Latvian and in
/// English, reads without scrolling sideways and has no axe violation (WCAG 2.1 A and AA rules), for a
/// visitor, a representative with every right and an admin of ES staff. A region may scroll inside the
/// page only if the keyboard reaches it and it has a name.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReflowTests(BrowserFixture portal)
{
    private const int NarrowWidth = 320;
    private const string Password = "Zvaigzne42";

    public enum Who
    {
        Anonymous,
        Person,
        Staff,
    }

    [Theory]
    [InlineData(Who.Anonymous)]
    [InlineData(Who.Person)]
    [InlineData(Who.Staff)]
    public async Task EveryRoute_320CssPixelsWide_InLatvianAndEnglish_DoesNotScrollSideways_AndPassesAxe(Who who)
    {
        var routes = UiRoutes().Where(route => who switch
        {
            Who.Person => !IsStaff(route),
            Who.Staff => IsStaff(route),
            _ => true,
        }).ToList();
        Assert.NotEmpty(routes);
        var seeded = who == Who.Anonymous ? null : await SeedAsync();

        await using var browser = await portal.OpenAsync();
        var page = browser.Page;
        if (who == Who.Person)
        {
            await SignInAsync(browser, seeded!);
        }
        else if (who == Who.Staff)
        {
            await portal.SignInAsStaffAsync(browser, DevIdentity.Admin);
        }

        await page.SetViewportSizeAsync(NarrowWidth, 640);
        var failures = new List<string>();
        if (page.Url == "about:blank")
        {
            await page.GotoAsync("/");
        }

        var signInFirstRoutes = new List<string>();
        foreach (var language in new[] { "lv", "en" })
        {
            await page.EvaluateAsync("language => localStorage.setItem('portal.language', language)", language);

            // A visitor sees the same "sign in first" page in place of each signed-in page: axe reads it once a
            // language, and in English it is opened only once (its Latvian pass found every one).
            var signInFirstChecked = false;
            var loaded = false;
            foreach (var route in routes.Where(route => language == "lv" || !signInFirstRoutes.Skip(1).Contains(route)))
            {
                // The first page of a language is loaded (the language is read at start), the rest are reached as a link reaches
                // them: the app draws the page for the new address (its main is busy from that moment until the page is drawn).
                var address = seeded is null ? route : Address(route, seeded);
                if (!loaded)
                {
                    await page.GotoAsync(address, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
                    loaded = true;
                }
                else
                {
                    await page.EvaluateAsync("address => { history.pushState({}, '', address); dispatchEvent(new PopStateEvent('popstate')); }", address);
                }

                await Expect(page.Locator("main[aria-busy]")).ToHaveCountAsync(0);
                await Expect(page.Locator("main h1")).ToBeVisibleAsync();
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
                if (await page.EvaluateAsync<string?>(FindSidewaysScrolling) is { } found)
                {
                    failures.Add($"{language} {address}: {found}");
                }

                var signInFirst = await page.EvaluateAsync<bool>("() => document.querySelectorAll('main > *').length === 2 && document.querySelector('main > p > a[href=\"/sign-in\"]') !== null");
                if (!(signInFirst && signInFirstChecked))
                {
                    failures.AddRange((await browser.AccessibilityViolationsAsync()).Select(violation => $"{language} {address}: axe {violation}"));
                }

                signInFirstChecked |= signInFirst;
                if (signInFirst && language == "lv")
                {
                    signInFirstRoutes.Add(route);
                }
            }
        }

        Assert.True(failures.Count == 0, $"At {NarrowWidth} CSS px, as {who}:\n{string.Join("\n", failures)}");
    }

    [Fact]
    public async Task Header_Wide_ShowsItsLinksInOneLine_AndNarrow_FoldsThemBehindAMenuButtonTheKeyboardWorks()
    {
        var seeded = await SeedAsync();
        await using var browser = await portal.OpenAsync();
        var page = browser.Page;
        await SignInAsync(browser, seeded);
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Izvēlne" });
        var representatives = page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Pārstāvji" });

        await page.SetViewportSizeAsync(1280, 800);
        await Expect(representatives).ToBeVisibleAsync();
        await Expect(menu).ToBeHiddenAsync();
        var rows = await page.EvaluateAsync<int>("new Set([...document.querySelectorAll('header nav li')].map((item) => Math.round(item.getBoundingClientRect().top))).size");
        Assert.Equal(1, rows);

        await page.SetViewportSizeAsync(NarrowWidth, 640);
        await Expect(representatives).ToBeHiddenAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(menu).ToHaveAttributeAsync("aria-controls", "site-menu");
        await menu.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(representatives).ToBeVisibleAsync();
        await browser.ScreenshotAsync("menu-open-320-lv");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Escape");
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(menu).ToBeFocusedAsync();
        await Expect(representatives).ToBeHiddenAsync();

        // A table stacks into labelled lines, and the page still passes axe.
        await page.GotoAsync("/invoices");
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("tbody td").First).ToHaveAttributeAsync("data-label", "Rēķina numurs");
        await browser.ScreenshotAsync("invoices-320-lv");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
    }

    /// <summary>
    /// Null when the page fits; else how wide it is and the elements reaching past its right edge (outside any
    /// box that clips or scrolls them; the outermost of each, widest first), or a region that scrolls sideways
    /// without the keyboard reaching it or without a name.
    /// </summary>
    private const string FindSidewaysScrolling = """
        () => {
          const root = document.documentElement;
          const describe = (element) => {
            const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
            const name = `${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''}${[...element.classList].map((c) => '.' + c).join('')}`;
            return `<${name}> ${Math.round(element.getBoundingClientRect().width)} px "${text}"`;
          };
          const all = [...document.body.querySelectorAll('*')];
          const unnamed = all.find((element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX) && element.scrollWidth > element.clientWidth
            && !(element.tabIndex >= 0 && (element.getAttribute('aria-label') || element.getAttribute('aria-labelledby'))));
          if (unnamed) return `a region scrolls sideways without tabindex="0" and a name: ${describe(unnamed)}`;
          if (root.scrollWidth <= root.clientWidth) return null;
          const past = (element) => element.getBoundingClientRect().right > root.clientWidth + 0.5;
          const inBox = (element) => {
            for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
              if (getComputedStyle(parent).overflowX !== 'visible') return true;
            }
            return false;
          };
          const outermost = all
            .filter((element) => past(element) && !(element.parentElement && past(element.parentElement)) && !inBox(element))
            .sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width);
          return `the page is ${root.scrollWidth} px wide in ${root.clientWidth} px; widest element past the edge: `
            + (outermost.length ? outermost.slice(0, 3).map(describe).join('; then ') : 'none found');
        }
        """;

    /// <summary>Signs the representative in and switches to the company with every right, as the header's client switch does.</summary>
    private static async Task SignInAsync(BrowserPage browser, Seeded seeded)
    {
        await BrowserFixture.SignInAsync(browser, seeded.Email, Password);
        await Expect(browser.Page.Locator("h1")).ToHaveTextAsync("Jūsu pārskats");
        await browser.Page.GetByLabel("Klients", new() { Exact = true }).SelectOptionAsync(seeded.ClientId);
        await Expect(browser.Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Pārstāvji" })).ToHaveCountAsync(1);
    }

    private static bool IsStaff(string route) => route == "/staff" || route.StartsWith("/staff/", StringComparison.Ordinal);

    /// <summary>The pages that show one record, opened with the record this test made; every other route as it is.</summary>
    private static string Address(string route, Seeded seeded) => route switch
    {
        "/permit" => $"/permit?id={Uri.EscapeDataString(seeded.PermitId)}",
        "/invoice" => $"/invoice?id={Uri.EscapeDataString(seeded.InvoiceId)}",
        "/staff/registration" => $"/staff/registration?id={seeded.ApplicationId}",
        "/staff/user" => $"/staff/user?id={seeded.AccountId}",
        "/staff/client" => $"/staff/client?id={seeded.ClientId}",
        "/submission" => "/submission?kind=cancellation",
        _ => route,
    };

    /// <summary>Every path of the UI's route table (static-web/src/routes.ts), so a new page is checked without touching this test.</summary>
    private static List<string> UiRoutes()
    {
        var source = File.ReadAllText(Path.Combine(RepoPaths.Root, "static-web", "src", "routes.ts"));
        var table = source[source.IndexOf("export const routes", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("};", StringComparison.Ordinal)];
        return [.. RouteEntry().Matches(table).Select(match => match.Groups[1].Value)];
    }

    [GeneratedRegex(@"^\s*'(/[^']*)':", RegexOptions.Multiline)]
    private static partial Regex RouteEntry();

    private sealed record Seeded(string Email, string AccountId, string ClientId, string PermitId, string ApplicationId, string InvoiceId);

    /// <summary>
    /// A company with a long name and some of everything (billing accounts, invoices with a PDF, a payment, a permit
    /// with a station, a draft submission), a second client, a representative with every right over both and a long email address,
    /// another representative, an invitation waiting for ES, and an application waiting for review.
    /// </summary>
    private async Task<Seeded> SeedAsync()
    {
        var externalId = $"UI-REFLOW-{Guid.NewGuid():N}";
        var backOffice = await portal.BackOfficeClientAsync();
        async Task FeedAsync(string kind, object records) => (await backOffice.PostAsJsonAsync($"/api/backoffice/{kind}", records)).EnsureSuccessStatusCode();
        string RegistrationNumber() => $"4{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}";

        await FeedAsync("clients", new[]
        {
            new { externalId, version = 1, kind = "legal", name = "SIA “Radiosakaru, televīzijas un elektronisko komunikāciju pakalpojumu attīstības centrs Vidzemē”", registrationNumber = RegistrationNumber(), billingArrangement = "monthly-invoice", services = new[] { "land-mobile", "broadcasting" } },
            new { externalId = $"{externalId}-2", version = 1, kind = "legal", name = "SIA “Otrais klients”", registrationNumber = RegistrationNumber(), billingArrangement = "advance-payment", services = new[] { "fixed-links" } },
        });
        await FeedAsync("billing-accounts", new[]
        {
            new { externalId = $"{externalId}-NK", version = 1, clientExternalId = externalId, number = "NK-7000001", name = "Centrālā biroja grāmatvedība un finanšu uzskaite", billingArrangement = "monthly-invoice", invoiceEmail = "gramatvediba.un.finansu.uzskaite@radiosakaru-attistibas-centrs.lv", status = "open" },
        });
        await FeedAsync("invoices", new object[]
        {
            new { externalId = $"{externalId}-1", version = 1, clientExternalId = externalId, number = "RE-2026-0101", kind = "invoice", issuedOn = "2026-09-01", dueOn = "2026-09-21", amount = 12_345.67m, status = "issued", billingAccountExternalId = $"{externalId}-NK",
                lines = new[] { new { description = "Radiofrekvenču spektra lietošanas maksa par zemes mobilo sakaru bāzes stacijām Vidzemes reģionā", quantity = 12m, unit = "mēn.", unitPrice = 850.2525m, vatRate = 21m, amount = 10_203.03m } },
            },
            new { externalId = $"{externalId}-2", version = 1, clientExternalId = externalId, number = "KR-2026-0001", kind = "credit-note", issuedOn = "2026-10-05", dueOn = "2026-10-05", amount = 20m, status = "issued", billingAccountExternalId = $"{externalId}-NK" },
        });
        (await backOffice.PutAsync($"/api/backoffice/invoices/{externalId}-1/pdf", new ByteArrayContent(TestPdf.Plain()))).EnsureSuccessStatusCode();
        await FeedAsync("payments", new[]
        {
            new { externalId = $"{externalId}-P1", version = 1, clientExternalId = externalId, receivedOn = "2026-09-15", amount = 1_000m, allocations = new[] { new { invoiceExternalId = $"{externalId}-1", amount = 500m } } },
        });
        await FeedAsync("permits", new[]
        {
            new
            {
                externalId = $"{externalId}-AT", version = 1, clientExternalId = externalId, number = "AT-2026-00101", serviceKind = "land-mobile", status = "valid", validFrom = "2026-01-01", validTo = "2030-12-31",
                stations = new[]
                {
                    new
                    {
                        name = "Dispečeru centrs Valmierā", location = "Rīgas iela 1, Valmiera, Valmieras novads, LV-4201", latitude = 57.538611m, longitude = 25.426389m, antennaHeightM = 42.5m, equipment = "Motorola Solutions MTR3000 bāzes stacija",
                        frequencies = new[] { new { frequencyMHz = 150.0125m, bandwidthKHz = 12.5m, emission = "11K0F3E", powerW = 25m, direction = "txrx" } },
                    },
                },
            },
        });

        var clients = portal.Factory.Services.GetRequiredService<ClientStore>();
        var client = (await clients.GetByExternalIdAsync(externalId, CancellationToken.None))!;
        var second = (await clients.GetByExternalIdAsync($"{externalId}-2", CancellationToken.None))!;
        var accounts = portal.Factory.Services.GetRequiredService<AccountStore>();
        var account = (await accounts.CreateAsync(
            new NewAccount($"reflow-representative-{Guid.NewGuid():N}@example.lv", "Kristiāna", "Jaunzemele-Bērziņa", "lv", Password, 4), CancellationToken.None))!;
        await clients.AddMemberAsync(account.Id, client, [Scope.Admin, Scope.Finance, Scope.Technical, Scope.Submit], CancellationToken.None);
        await portal.Factory.Services.GetRequiredService<Portal.Core.Submissions.Submissions>().CreateAsync(
            client.Id, new Portal.Core.Submissions.Editor(account.Id, "Kristiāna Jaunzemele-Bērziņa"), Portal.Core.Submissions.FormCatalog.Shipped.NewestOf("free-form")!,
            System.Text.Json.JsonDocument.Parse("""{"subject":"Atļaujas AT-2026-00101 kopija"}""").RootElement, CancellationToken.None);
        await clients.AddMemberAsync(account.Id, second, [Scope.Finance], CancellationToken.None);
        var colleague = (await accounts.CreateAsync(
            new NewAccount($"reflow-colleague-{Guid.NewGuid():N}@example.lv", "Ilze", "Kalna", "lv", Password, 4), CancellationToken.None))!;
        await clients.AddMemberAsync(colleague.Id, client, [Scope.Technical], CancellationToken.None);
        var invited = await portal.Factory.Services.GetRequiredService<Representatives>().InviteAsync(
            client.Id, $"reflow-invitee-{Guid.NewGuid():N}@example.lv", ["finance"], account.Id, new AuditOrigin("127.0.0.1", "ReflowTests", $"{Guid.NewGuid()}"), CancellationToken.None);
        Assert.Null(invited.Failure);

        var applicant = $"reflow-applicant-{Guid.NewGuid():N}@example.lv";
        (await (await portal.ApiClientAsync()).PostAsJsonAsync("/api/registrations", new
        {
            personKind = "natural", firstName = "Jānis", lastName = "Bērziņš", personalCode = $"32{Random.Shared.Next(0, 999_999_999):D9}", address = "Brīvības iela 1, Rīga",
            email = applicant, phone = "+371 20000000", language = "lv", acceptedTermsVersion = 4,
        })).EnsureSuccessStatusCode();
        var staff = await portal.ApiClientAsync();
        staff.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await portal.Backends.Identity.TokenAsync("staff-operator-script"));
        var applicationId = await ApprovedPerson.PendingIdAsync(staff, applicant);

        return new Seeded(account.Email, account.Id, client.Id, $"{externalId}-AT", applicationId, $"{externalId}-1");
    }
}
