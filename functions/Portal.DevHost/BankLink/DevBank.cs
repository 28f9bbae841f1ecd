using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using Portal.Core.Notifications;
using Portal.Core.Payments.BankLink;
using Portal.Demo.BankLink;
using Portal.Functions.Pipeline;

namespace Portal.DevHost.BankLink;

/// <summary>
/// A bank's link stood in for by the dev host, answered only with <c>BankLink:DevelopmentBank</c> (which start-up refuses outside
/// Development): the bank <see cref="BankLinkOptions.DevelopmentBankId"/> is configured here with keys made at start
/// (<see cref="DevBankSigner"/>), its address the portal's public one with 127.0.0.1 read as localhost, so that its answers come back
/// cross-site as a real bank's do. Its page takes a request 1012 or 4012 (refused when our MAC does not verify), lets the developer
/// choose the answer, and sends it back by a page that posts itself (<see cref="ProviderFormPage"/>) and, for a payment, server to
/// server as chosen (<see cref="DevBankDelivery"/>).
/// </summary>
public static class DevBank
{
    public const string LinkPath = "/dev-bank/link";
    public const string PayPath = "/dev-bank/pay";
    public const string SignInPath = "/dev-bank/sign-in";
    public const string AboutPath = "/dev-bank/about.txt";

    private const string Bank = BankLinkOptions.DevelopmentBankId;

    public static IServiceCollection AddDevBank(this IServiceCollection services)
    {
        // Made when first asked for: only a portal with the development bank on makes keys.
        services.AddSingleton<DevBankSigner>();
        services.AddSingleton<DevBankDelivery>();
        services.AddSingleton<IPostConfigureOptions<BankLinkOptions>, DevelopmentBankSettings>();
        return services;
    }

    public static void MapDevBank(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(LinkPath, [HttpMethods.Get, HttpMethods.Post], Link);
        endpoints.MapPost(PayPath, PayAsync);
        endpoints.MapPost(SignInPath, SignInAsync);
        endpoints.MapGet(AboutPath, (IOptions<BankLinkOptions> options) => On(options) ? Results.Text(About(options.Value.Banks[Bank]), "text/plain; charset=utf-8") : Results.NotFound());
    }

    /// <summary>The bank and its people, for <c>./dev up</c> to print.</summary>
    public static string About(BankLinkBankOptions bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{Bank} ({bank.DisplayName}) at {bank.Url}\n")
            .Append(CultureInfo.InvariantCulture, $"merchant {bank.MerchantId}, our account {bank.Account}; the payer {DevBankSigner.PayerName}, {DevBankSigner.PayerAccount}\n")
            .Append("signs in these people (by key):\n");
        foreach (var person in DevBankPeople.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {person.Key,-14} {person.UserName}, {person.UserId}: {person.English}\n");
        }

        return text.ToString();
    }

    private static bool On(IOptions<BankLinkOptions> options) => options.Value.DevelopmentBank;

    private static async Task<IResult> Link(HttpContext http, IOptions<BankLinkOptions> options, DevBankSigner signer)
    {
        if (!On(options))
        {
            return Results.NotFound();
        }

        var fields = await FieldsAsync(http.Request);
        if (signer.RequestRefusal(fields) is { } refusal)
        {
            return Page(http, StatusCodes.Status400BadRequest, "Request refused", $"<p>The development bank refuses this request: {E(refusal)}.</p>");
        }

        return fields["VK_SERVICE"] == BankLinkMessages.Payment
            ? Page(http, StatusCodes.Status200OK, "Attīstības banka: payment", PaymentChoice(fields))
            : Page(http, StatusCodes.Status200OK, "Attīstības banka: sign in", PeopleChoice(fields));
    }

    private static async Task<IResult> PayAsync(
        HttpContext http, IOptions<BankLinkOptions> options, DevBankSigner signer, DevBankDelivery delivery, TimeProvider time, IHostApplicationLifetime lifetime)
    {
        var fields = await FieldsAsync(http.Request);
        if (!On(options) || signer.RequestRefusal(fields) is not null || fields["VK_SERVICE"] != BankLinkMessages.Payment)
        {
            return Results.BadRequest();
        }

        var choice = await ChoiceAsync(http.Request);
        if (choice("outcome") is "none")
        {
            return Page(http, StatusCodes.Status200OK, "No answer", "<p>The bank sends no answer, neither through the browser nor to the portal: the order waits until its answer window ends.</p>");
        }

        var now = time.GetUtcNow();
        var paid = choice("outcome") == "paid";
        var values = paid ? DevBankSigner.Paid(fields, $"{now:yyyyMMddHHmmss}{Random.Shared.Next(10_000):D4}", now) : DevBankSigner.NotPaid(fields);
        var returnTo = fields[paid ? "VK_RETURN" : "VK_CANCEL"];
        if (!Uri.TryCreate(returnTo, UriKind.Absolute, out var action) || action.Scheme is not ("http" or "https"))
        {
            return Page(http, StatusCodes.Status400BadRequest, "Request refused", "<p>The request's return address is not an http or https address.</p>");
        }

        var when = Enum.TryParse<DevBankServerAnswer>(choice("server"), ignoreCase: true, out var chosen) ? chosen : DevBankServerAnswer.Never;
        await delivery.DeliverAsync(when, DevBankDelivery.NotifyAddress(action, Bank), signer.Sign(values, "Y"), lifetime.ApplicationStopping);
        return Answer(http, action, signer.Sign(values, "N"));
    }

    private static async Task<IResult> SignInAsync(HttpContext http, IOptions<BankLinkOptions> options, DevBankSigner signer, TimeProvider time)
    {
        var fields = await FieldsAsync(http.Request);
        if (!On(options) || signer.RequestRefusal(fields) is not null || fields["VK_SERVICE"] != BankLinkMessages.SignIn)
        {
            return Results.BadRequest();
        }

        var choice = await ChoiceAsync(http.Request);
        if (DevBankPeople.Find(choice("person")) is not { } person)
        {
            return Page(http, StatusCodes.Status400BadRequest, "Unknown test person", $"<p>{E(choice("person") ?? "")}</p>");
        }

        if (!Uri.TryCreate(fields["VK_RETURN"], UriKind.Absolute, out var action) || action.Scheme is not ("http" or "https"))
        {
            return Page(http, StatusCodes.Status400BadRequest, "Request refused", "<p>The request's return address is not an http or https address.</p>");
        }

        return Answer(http, action, signer.Sign(DevBankSigner.SignedIn(fields, person, time.GetUtcNow())));
    }

    private static string PaymentChoice(IReadOnlyDictionary<string, string> fields)
    {
        var html = new StringBuilder()
            .Append("<p>This page stands in for a bank's link, in development and tests only. Choose the bank's answer.</p>")
            .Append(CultureInfo.InvariantCulture, $"<p>{E(fields["VK_AMOUNT"])} {E(fields["VK_CURR"])}, reference {E(fields["VK_REF"])}: {E(fields["VK_MSG"])}</p>")
            .Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{PayPath}\">")
            .Append(Hidden(fields))
            .Append(Choices("outcome", "The answer", [("paid", "Paid (1111)"), ("cancelled", "Cancelled (1911)"), ("none", "No answer at all")]))
            .Append(Choices("server", "The server-to-server answer (VK_AUTO=Y)",
            [
                ("before", "Once, before the browser's"),
                ("twice", "Twice, before the browser's"),
                ("late", $"Late: {DevBankDelivery.LateBy.TotalSeconds:0} seconds after the browser's page"),
                ("after", $"After the browser's: {DevBankDelivery.AfterBy.TotalSeconds:0} seconds after its page"),
                ("never", "Never"),
            ]));
        return html.Append("<button type=\"submit\">Answer</button></form>").ToString();
    }

    private static string PeopleChoice(IReadOnlyDictionary<string, string> fields)
    {
        var html = new StringBuilder()
            .Append("<p>This page stands in for a bank's sign-in, in development and tests only. Choose a test person.</p>")
            .Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{SignInPath}\">")
            .Append(Hidden(fields))
            .Append("<ul>");
        foreach (var person in DevBankPeople.All)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><button type=\"submit\" name=\"person\" value=\"{E(person.Key)}\">{E(person.UserName)}: {E(person.English)}</button></li>");
        }

        return html.Append("</ul></form>").ToString();
    }

    private static string Choices(string name, string legend, IReadOnlyList<(string Value, string Label)> options)
    {
        var html = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<fieldset><legend>{E(legend)}</legend>");
        foreach (var (value, label) in options)
        {
            var id = $"{name}-{value}";
            html.Append(CultureInfo.InvariantCulture, $"<div><input type=\"radio\" id=\"{id}\" name=\"{name}\" value=\"{value}\"{(value == options[0].Value ? " checked" : "")}>")
                .Append(CultureInfo.InvariantCulture, $"<label for=\"{id}\">{E(label)}</label></div>");
        }

        return html.Append("</fieldset>").ToString();
    }

    private static string Hidden(IReadOnlyDictionary<string, string> fields) =>
        string.Concat(fields.Select(field => $"<input type=\"hidden\" name=\"{E(field.Key)}\" value=\"{E(field.Value)}\">"));

    /// <summary>The bank's answer through the browser: a page that posts itself to the portal, another origin.</summary>
    private static IResult Answer(HttpContext http, Uri action, IReadOnlyList<KeyValuePair<string, string>> fields) =>
        Results.Content(ProviderFormPage.Prepare(http.Response, action, fields), "text/html; charset=utf-8", Encoding.UTF8);

    /// <summary>A page of the bank's own, with its own policy: no script, forms to itself only.</summary>
    private static IResult Page(HttpContext http, int status, string title, string body)
    {
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        http.Response.Headers.CacheControl = "no-store";
        var html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
            $"<title>{E(title)}</title></head><body><main><h1>{E(title)}</h1>{body}</main></body></html>";
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>The request's bank-link fields (<c>VK_…</c>), from its form or, for a GET, its query; one value each.</summary>
    private static async Task<Dictionary<string, string>> FieldsAsync(HttpRequest request)
    {
        IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> all = request.HasFormContentType ? await request.ReadFormAsync() : request.Query;
        return all.Where(field => field.Key.StartsWith("VK_", StringComparison.Ordinal) && field.Value.Count == 1)
            .ToDictionary(field => field.Key, field => field.Value[0]!, StringComparer.Ordinal);
    }

    private static async Task<Func<string, string?>> ChoiceAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        return name => form.TryGetValue(name, out var value) && value.Count == 1 ? value[0] : null;
    }

    private static string E(string text) => HtmlEncoder.Default.Encode(text);

    /// <summary>With the development bank on, the bank <see cref="BankLinkOptions.DevelopmentBankId"/> is the signer's, whatever the configuration says but its address.</summary>
    private sealed class DevelopmentBankSettings(IServiceProvider services) : IPostConfigureOptions<BankLinkOptions>
    {
        public void PostConfigure(string? name, BankLinkOptions options)
        {
            if (!options.DevelopmentBank)
            {
                return;
            }

            var url = options.Banks.GetValueOrDefault(Bank)?.Url is { Length: > 0 } configured
                ? configured
                : Address(services.GetRequiredService<IOptions<PortalOptions>>().Value.PublicBaseUrl);
            options.Banks[Bank] = services.GetRequiredService<DevBankSigner>().Settings(url);
        }

        /// <summary>The bank's page at the portal's address, reached as localhost where the portal is 127.0.0.1 (another site).</summary>
        private static string Address(Uri? portal)
        {
            var address = new UriBuilder(portal ?? new Uri("http://127.0.0.1/")) { Path = LinkPath, Query = "" };
            if (address.Host == "127.0.0.1")
            {
                address.Host = "localhost";
            }

            return address.Uri.AbsoluteUri;
        }
    }
}
