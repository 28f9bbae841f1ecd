using Portal.Core;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Permits;

namespace Portal.UnitTests.Clients;

/// <summary>The services-by-client rules as README's table states them.</summary>
public sealed class ClientServicesTests
{
    private static Client Client(ClientKind kind, string arrangement, params string[] services) =>
        new("c", "Klients", kind, null, DateTimeOffset.UnixEpoch)
        {
            BillingArrangement = Vocabulary<BillingArrangement>.Parse(arrangement),
            Services = [.. services.Select(Vocabulary<ServiceKind>.Stored)],
        };

    [Fact]
    [Trait("Clause", "3")]
    public void ACompanyOnMonthlyInvoicesWithServices_GetsEverythingItsScopesAllow()
    {
        var company = Client(ClientKind.Legal, "monthly-invoice", "fixed-links");

        Assert.Equal(
            ["overview", "balance", "invoices", "payments", "statement", "billing-accounts", "permits", "e-permits", "reports", "representatives", "submissions"],
            ClientServices.Available(company, Vocabulary<Scope>.All));
        Assert.Equal(["overview", "permits", "e-permits"], ClientServices.Available(company, [Scope.Technical]));
        Assert.Equal(["overview", "submissions"], ClientServices.Available(company, [Scope.Submit]));
    }

    [Fact]
    [Trait("Clause", "3")]
    [Trait("Clause", "7")]
    public void APersonPayingInAdvanceWithoutServices_HasNoStatementBillingAccountsOrPermits()
    {
        var person = Client(ClientKind.Natural, "advance-payment");

        Assert.Equal(["overview", "balance", "invoices", "payments", "reports", "representatives", "submissions"], ClientServices.Available(person, Vocabulary<Scope>.All));
    }

    [Theory]
    [Trait("Clause", "3")]
    [Trait("Clause", "7")]
    [InlineData(ClientKind.Legal, "e-invoice", true)]
    [InlineData(ClientKind.Legal, "quarterly-invoice", true)]
    [InlineData(ClientKind.Legal, "advance-payment", false)]
    [InlineData(ClientKind.Legal, "", false)]
    [InlineData(ClientKind.Natural, "monthly-invoice", false)]
    public void Statements_FollowTheKindAndTheBillingArrangement(ClientKind kind, string arrangement, bool served)
    {
        Assert.Equal(served, ClientServices.Serves(ClientServices.For(ClientServices.Statement), Client(kind, arrangement, "amateur")));
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
