using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Payments;
using Portal.DevHost;
using Portal.Testing;

namespace Portal.UnitTests.DevHost;

public sealed class FormActionPolicyTests : IDisposable
{
    // The deployed policy, as written in static-web/public/staticwebapp.config.json.
    private const string Deployed = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private readonly string _site = Directory.CreateTempSubdirectory("static-web-").FullName;

    public FormActionPolicyTests()
    {
        File.WriteAllText(Path.Combine(_site, "index.html"), "<!doctype html>");
        File.Copy(Path.Combine(RepoPaths.Root, "static-web", "public", StaticWebApp.ConfigFile), Path.Combine(_site, StaticWebApp.ConfigFile));
    }

    public void Dispose() => Directory.Delete(_site, recursive: true);

    [Fact]
    public void DeployedConfig_LetsFormsGoToThePortalAlone()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(_site, StaticWebApp.ConfigFile)))!;

        Assert.Equal(Deployed, config["globalHeaders"]![FormActionPolicy.HeaderName]!.GetValue<string>());
    }

    [Fact]
    public void WithFormActions_NoProviderRegistered_ServesThePolicyUnchanged()
    {
        using var services = new ServiceCollection().AddSingleton<PaymentProviders>().BuildServiceProvider();

        var targets = FormActionPolicy.PaymentFormActions(services);
        var site = StaticWebApp.Find(_site)!.WithFormActions(targets);

        Assert.Empty(targets);
        Assert.Equal(Deployed, site.GlobalHeaders[FormActionPolicy.HeaderName]);
    }

    [Fact]
    public void WithFormActions_ARegisteredProvider_AddsItsOriginToFormActionAndNothingElse()
    {
        using var services = new ServiceCollection()
            .AddSingleton<IPaymentProvider>(new FormOnlyPaymentProvider("test-bank", new Uri("https://Pay.Bank.example:8443/banklink/pay?merchant=7")))
            .AddSingleton<PaymentProviders>()
            .BuildServiceProvider();
        var before = StaticWebApp.Find(_site)!;

        var site = before.WithFormActions(FormActionPolicy.PaymentFormActions(services));

        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' https://pay.bank.example:8443; frame-ancestors 'none'",
            site.GlobalHeaders[FormActionPolicy.HeaderName]);
        Assert.Equal(before.GlobalHeaders.Where(h => h.Key != FormActionPolicy.HeaderName), site.GlobalHeaders.Where(h => h.Key != FormActionPolicy.HeaderName));
    }

    [Fact]
    public void With_SeveralProviders_NamesEachOriginOnceInTheOrderGiven()
    {
        Uri[] targets = [new("https://bank-a.example/pay"), new("https://bank-b.example/link"), new("https://bank-a.example/other"), new("http://127.0.0.1:7071/dev-bank/pay")];

        var policy = FormActionPolicy.With("default-src 'self'; form-action 'self'", targets);

        Assert.Equal("default-src 'self'; form-action 'self' https://bank-a.example https://bank-b.example http://127.0.0.1:7071", policy);
    }

    [Fact]
    public void With_FormActionNone_GivesWayToTheProviders_AndAPolicyWithoutFormActionIsLeftAlone()
    {
        Uri[] bank = [new("https://bank.example/pay")];

        Assert.Equal("form-action https://bank.example; base-uri 'none'", FormActionPolicy.With("form-action 'none'; base-uri 'none'", bank));
        Assert.Equal("default-src 'self'", FormActionPolicy.With("default-src 'self'", bank));
    }

    [Fact]
    public void With_AFormAddressThatIsNoWebAddress_IsRefused()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => FormActionPolicy.With("form-action 'self'", [new Uri("javascript:alert(1)")]));

        Assert.Contains("javascript:alert(1)", refused.Message, StringComparison.Ordinal);
    }
}
