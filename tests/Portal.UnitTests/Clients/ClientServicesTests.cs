using Portal.Core.Clients;

namespace Portal.UnitTests.Clients;

/// <summary>The services-by-client rules as README's table states them.</summary>
public sealed class ClientServicesTests
{
    private static Client Client(ClientKind kind, string arrangement, params string[] services) =>
        new("c", "Klients", kind, null, DateTimeOffset.UnixEpoch) { BillingArrangement = arrangement, Services = services };

    [Fact]
    public void ACompanyOnMonthlyInvoicesWithServices_GetsEverythingItsScopesAllow()
    {
        var company = Client(ClientKind.Legal, "monthly-invoice", "fixed-links");

        Assert.Equal(
            ["overview", "balance", "invoices", "payments", "billing-accounts", "permits", "representatives"],
            ClientServices.Available(company, Scopes.All));
        Assert.Equal(["overview", "permits"], ClientServices.Available(company, [Scopes.Technical]));
        Assert.Equal(["overview"], ClientServices.Available(company, [Scopes.Submit]));
    }

    [Fact]
    public void APersonPayingInAdvanceWithoutServices_HasNoInvoicesBillingAccountsOrPermits()
    {
        var person = Client(ClientKind.Natural, "advance-payment");

        Assert.Equal(["overview", "balance", "payments", "representatives"], ClientServices.Available(person, Scopes.All));
    }

    [Theory]
    [InlineData("e-invoice", true)]
    [InlineData("quarterly-invoice", true)]
    [InlineData("advance-payment", false)]
    [InlineData("", false)]
    public void Invoices_FollowTheBillingArrangement(string arrangement, bool invoiced)
    {
        Assert.Equal(invoiced, ClientServices.Serves(ClientServices.For(ClientServices.Invoices), Client(ClientKind.Natural, arrangement, "amateur")));
    }

    [Fact]
    public void EveryRuleWithARestriction_SaysWhyAClientGoesWithoutIt()
    {
        foreach (var rule in ClientServices.Rules.Where(r => r.Kinds.Count < 2 || r.Arrangements is not null || r.NeedsRegisteredService))
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Unavailable), rule.Service);
        }
    }
}
